/**
 * Study sessions on a screen or over lines: {@link dca.cli.drill.DrillRunner} asks each card step
 * by step and carries out quit, skip and undo through the {@link dca.cli.drill.DrillPrompter} port,
 * whose two front ends are the plain-lines protocol (README "Plain mode", which scripts parse) and
 * the full screen with its editor launcher. {@link dca.cli.drill.Drill} opens the progress file,
 * plans the session, picks the front end and prints the summary.
 */
package dca.cli.drill;
