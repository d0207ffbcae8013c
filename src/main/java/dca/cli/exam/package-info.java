/**
 * Mock exams on a screen or over lines: {@link dca.cli.exam.ExamRunner} runs an exam session
 * through the {@link dca.cli.exam.ExamPrompter} port (plain lines, or the full screen with its
 * countdown), and {@link dca.cli.exam.ExamReport} prints the result and the history.
 */
package dca.cli.exam;
