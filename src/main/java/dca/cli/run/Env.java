package dca.cli.run;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Everything a command may touch of the outside world, passed in so that every command runs
 * in-process in tests: streams, environment variables, the working directory and the clock.
 */
public final class Env {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> vars;
    private final Path cwd;
    private final Clock clock;
    private dca.progress.Storage storage = dca.progress.Storage.disk();
    private boolean processStreams;
    private final java.util.Set<String> said = new java.util.HashSet<>();

    public Env(InputStream in, PrintStream out, PrintStream err, Map<String, String> vars, Path cwd) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.vars = Map.copyOf(vars);
        this.cwd = cwd.toAbsolutePath().normalize();
        this.clock = clockFrom(this.vars);
    }

    /** {@code DCA_NOW=2026-12-01T09:00:00Z} fixes the clock for a whole run. */
    static Clock clockFrom(Map<String, String> vars) {
        String now = vars.get("DCA_NOW");
        ZoneId zone = zoneFrom(vars);
        if (now == null || now.isBlank()) return Clock.system(zone);
        try {
            return Clock.fixed(Instant.parse(now.trim()), zone);
        } catch (DateTimeParseException e) {
            throw Failure.usage("DCA_NOW is not an instant: " + now,
                    "use the ISO-8601 form, e.g. DCA_NOW=2026-12-01T09:00:00Z");
        }
    }

    /** Day boundaries (new cards per day, "due today") follow TZ when set, else the system zone. */
    private static ZoneId zoneFrom(Map<String, String> vars) {
        String tz = vars.get("TZ");
        if (tz != null && !tz.isBlank()) {
            try {
                return ZoneId.of(tz.trim());
            } catch (RuntimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneId.systemDefault();
    }

    public InputStream in() { return in; }
    public PrintStream out() { return out; }
    public PrintStream err() { return err; }
    public Map<String, String> vars() { return vars; }
    public Path cwd() { return cwd; }
    public Clock clock() { return clock; }

    /** True the first time it is asked about {@code what}: for notices said once per run (or per shell). */
    public boolean once(String what) {
        return said.add(what);
    }

    /** True when the streams are this process's own (a real run), so a terminal behind them may be asked its size. */
    public boolean processStreams() { return processStreams; }

    public void processStreams(boolean own) { this.processStreams = own; }

    /** How progress files are written: the disk, or in tests one that fails like a full disk. */
    public dca.progress.Storage storage() { return storage; }

    public void storage(dca.progress.Storage s) { this.storage = s; }

    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** Resolves a user-typed path against the working directory. */
    public Path path(String userPath) {
        Path p = Path.of(userPath);
        if (userPath.equals("~") || userPath.startsWith("~/")) {
            p = home().resolve(userPath.length() > 2 ? userPath.substring(2) : "");
        }
        return cwd.resolve(p).normalize();
    }

    public Path home() {
        String h = var("HOME");
        return Path.of(h != null ? h : System.getProperty("user.home"));
    }

    /** {@code $XDG_DATA_HOME/dca}, else {@code ~/.local/share/dca}. */
    public Path dataDir() {
        String x = var("XDG_DATA_HOME");
        return (x != null ? Path.of(x) : home().resolve(".local/share")).resolve("dca");
    }

    /** {@code $XDG_CONFIG_HOME/dca}, else {@code ~/.config/dca}. */
    public Path configDir() {
        String x = var("XDG_CONFIG_HOME");
        return (x != null ? Path.of(x) : home().resolve(".config")).resolve("dca");
    }

    /** {@code $XDG_STATE_HOME/dca}, else {@code ~/.local/state/dca}. */
    public Path stateDir() {
        String x = var("XDG_STATE_HOME");
        return (x != null ? Path.of(x) : home().resolve(".local/state")).resolve("dca");
    }

    /** {@code $XDG_CACHE_HOME/dca}, else {@code ~/.cache/dca}: what can be made again (parsed notes). */
    public Path cacheDir() {
        String x = var("XDG_CACHE_HOME");
        return (x != null ? Path.of(x) : home().resolve(".cache")).resolve("dca");
    }

    /** Colour is off under NO_COLOR (any value) and for dumb terminals. */
    public boolean colorAllowed() {
        return !vars.containsKey("NO_COLOR") && !"dumb".equals(vars.get("TERM"));
    }
}
