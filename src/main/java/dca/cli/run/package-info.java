/**
 * The environment of one run, below every other part of {@code dca.cli}: {@link dca.cli.run.Env}
 * (streams, variables, working directory, clock, storage), where notes and progress live
 * ({@link dca.cli.run.Locations}), the decks a run reads ({@link dca.cli.run.DeckSources}), exit
 * codes and the one-line failures that carry them, start-up timing, what the build recorded
 * ({@link dca.cli.run.BuildInfo}: the version, the checkout), and {@link dca.cli.run.Inert},
 * the sanitiser every card's text passes before it reaches a terminal.
 */
package dca.cli.run;
