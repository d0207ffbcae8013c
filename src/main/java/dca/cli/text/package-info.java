/**
 * Text as dca prints it: ANSI styles that vanish without colour ({@link dca.cli.text.Paint}), word
 * wrap, plain tables, Unicode-block charts and the stats screen.
 */
package dca.cli.text;
