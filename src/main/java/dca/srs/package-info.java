/**
 * FSRS-6, a port of ts-fsrs 5.x: memory states, ratings, the next state and recall probability
 * as pure functions of state, rating and instant. No files, no clock of its own, no other dca package.
 */
package dca.srs;
