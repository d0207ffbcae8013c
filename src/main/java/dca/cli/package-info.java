/**
 * The command line: {@link dca.cli.Main} only turns the process's streams, environment and working
 * directory into a run and exits with its code. Everything that talks to a terminal lives below this
 * package: {@code commands} (picocli), {@code drill} and {@code exam} (the two sessions' front ends),
 * {@code screen} (raw keys and the full-screen frame), {@code text} (what is printed) and {@code run}
 * (the environment of a run). They depend in that order; ArchitectureTest checks it.
 */
package dca.cli;
