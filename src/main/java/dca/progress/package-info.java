/**
 * The local progress file (DESIGN §5): {@link dca.progress.ProgressStore} with its lock, journal,
 * reconciler and readers; every change durable before it returns, one writer at a time, a corrupt
 * or newer file never overwritten; the settings file ({@link dca.progress.SettingsFile}) and the
 * settings a user may change ({@link dca.progress.SettingKey}). {@link dca.progress.Storage} is the seam tests use to fail like
 * a full disk. Depends on {@code dca.deck}, {@code dca.srs} and {@code dca.io}.
 */
package dca.progress;
