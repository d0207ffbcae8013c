package dca.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** What the build wrote into the jar: the version, and the checkout it was built from. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {}

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dca/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable resource: no version, no checkout
        }
        return p;
    }

    /** The checkout the jar was built from (its notes/ are the bundled notes), if the build said. */
    public static Optional<Path> checkout() {
        String c = PROPS.getProperty("checkout", "").strip();
        if (c.isEmpty() || c.startsWith("${")) return Optional.empty();
        try {
            return Optional.of(Path.of(c));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
