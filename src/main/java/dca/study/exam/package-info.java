/**
 * Mock exams in the DCA format: the draw by domain weight, DOMC and multiple-choice items, the
 * session with its deadline, scoring, recording answers as reviews, and the history's trend.
 */
package dca.study.exam;
