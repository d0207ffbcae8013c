package dca.cli.run;

/** Exit codes, DESIGN §9. */
public final class ExitCode {
    public static final int OK = 0;
    /** {@code dca check} found errors. */
    public static final int CHECK_FAILED = 1;
    /** Unknown deck, bad option or argument. */
    public static final int USAGE = 2;
    /** Progress file locked, corrupt or unwritable. */
    public static final int PROGRESS = 3;
    /** An import file that cannot be accepted. */
    public static final int BAD_IMPORT = 4;
    /** A session ended by Ctrl-C (128 + SIGINT, as Unix tools exit): everything answered is saved. */
    public static final int INTERRUPTED = 130;
    /** A bug in dca: the message asks for --debug. */
    public static final int INTERNAL = 70;

    private ExitCode() {}
}
