package dca.cli.run;

import dca.progress.ProgressException;
import java.io.PrintStream;

/**
 * An error the user can fix: one line saying what is wrong, one saying how to fix it, and the exit
 * code. Thrown by commands; printed by {@link #report} without a stack trace.
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

    /** One line saying what is wrong, one saying how to fix it; a stack trace only with --debug. Returns the exit code. */
    public static int report(Throwable ex, PrintStream err, boolean debug) {
        int code;
        String hint;
        if (ex instanceof Failure f) {
            code = f.exitCode();
            hint = f.hint();
            err.println("dca: " + f.getMessage());
        } else if (ex instanceof ProgressException p) {
            code = ExitCode.PROGRESS;
            hint = p.hint();
            err.println("dca: " + p.getMessage());
        } else {
            code = ExitCode.INTERNAL;
            hint = "this is a bug in dca; run again with --debug and report the trace";
            err.println("dca: internal error: " + ex);
        }
        if (!hint.isEmpty()) err.println("  " + hint);
        if (debug) ex.printStackTrace(err);
        return code;
    }
}
