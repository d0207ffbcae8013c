package dca.cli;

/**
 * An error the user can fix: one line saying what is wrong, one saying how to fix it, and the exit
 * code. Thrown by commands; printed by {@link Main} without a stack trace.
 */
public class Failure extends RuntimeException {
    private final int exitCode;
    private final String hint;

    public Failure(int exitCode, String message, String hint) {
        super(message);
        this.exitCode = exitCode;
        this.hint = hint == null ? "" : hint;
    }

    public Failure(int exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint == null ? "" : hint;
    }

    public static Failure usage(String message, String hint) {
        return new Failure(ExitCode.USAGE, message, hint);
    }

    public int exitCode() { return exitCode; }

    public String hint() { return hint; }
}
