/**
 * What the full-screen drill and exam share: whether a run has a terminal that can show them, and
 * its width ({@link dca.cli.screen.Terminals}), single keys in raw mode with resizes and scroll keys
 * ({@link dca.cli.screen.Keys}), and the screen drawn with JLine's Display so only what changed is
 * rewritten, a tall one scrolling under its question ({@link dca.cli.screen.Frame}).
 */
package dca.cli.screen;
