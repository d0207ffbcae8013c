package dca.cli.run;

/**
 * What every command gets from {@code dca} itself: the run's environment and the global options
 * ({@code --notes}, {@code --progress}, {@code --plain}, {@code --debug}) as typed.
 */
public interface GlobalOptions {
    Env env();

    /** {@code --notes PATH} as typed, or null. */
    String notes();

    /** {@code --progress FILE} as typed, or null. */
    String progress();

    /** {@code --plain}: line mode even on a terminal. */
    boolean plain();

    boolean debug();
}
