/**
 * Where a user stands: cards by state, recall now and on the exam date, true retention, forecast
 * and readiness, computed from progress through the {@link dca.study.stats.MemoryModel} port.
 */
package dca.study.stats;
