/**
 * Export and import of decks: dca deck JSON, Anki packages and text, Quizlet, dca Markdown. Import
 * files are untrusted: size limits, strict UTF-8, cleaned text, ids that never become paths.
 * Depends on {@code dca.deck}, {@code dca.notes} (the Markdown syntax) and {@code dca.io}.
 */
package dca.share;
