/**
 * Study sessions independent of any screen: planning the queue (due, new, learning, weak), asking
 * and answering, undo, the scheduler built from settings ({@link dca.study.FsrsScheduler}) and the
 * progress file as a session sees it. Exams and stats are its sub-packages. Depends on
 * {@code dca.deck}, {@code dca.srs} and {@code dca.progress}; the clock is always passed in.
 */
package dca.study;
