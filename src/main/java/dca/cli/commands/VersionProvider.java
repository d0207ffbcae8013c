package dca.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dca/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to "dev"
        }
        return p.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dca " + version() + " (Java " + Runtime.version().feature() + ")"};
    }
}
