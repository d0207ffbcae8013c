/**
 * Text as dca prints it: ANSI styles that vanish without colour ({@link dca.cli.text.Paint}), word
 * wrap at spaces to a width ({@link dca.cli.text.Wrap}), tables that fit a terminal
 * ({@link dca.cli.text.Table}), Unicode-block charts and the stats screen.
 */
package dca.cli.text;
