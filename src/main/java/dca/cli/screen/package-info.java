/**
 * What the full-screen drill and exam share: whether a run has a terminal
 * ({@link dca.cli.screen.Terminals}), single keys in raw mode ({@link dca.cli.screen.Keys}), and
 * the screen drawn with JLine's Display so only what changed is rewritten
 * ({@link dca.cli.screen.Frame}).
 */
package dca.cli.screen;
