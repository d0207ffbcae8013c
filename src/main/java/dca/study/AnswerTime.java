package dca.study;

import dca.progress.ReviewRecord;
import java.util.Arrays;
import java.util.List;

/** How long an answer takes this user: the median of the recorded times of the latest answers (1 s to 5 min). */
public final class AnswerTime {
    /** Without a log: 10 s an answer. */
    public static final double DEFAULT_SECONDS = 10;
    static final int LATEST = 1000;
    /** An answer left on screen longer than this (a break) is not an answer time. */
    static final long MAX_MS = 5 * 60_000;
    /** Nor is one faster than this (a script feeding answers). */
    static final long MIN_MS = 1000;

    private AnswerTime() {}

    /** True when the log holds at least one answer time {@link #medianSeconds} can use. */
    public static boolean measured(List<ReviewRecord> reviews) {
        return latestTimes(reviews).length > 0;
    }

    public static double medianSeconds(List<ReviewRecord> reviews) {
        long[] ms = latestTimes(reviews);
        int n = ms.length;
        if (n == 0) return DEFAULT_SECONDS;
        Arrays.sort(ms);
        double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2.0;
        return median / 1000;
    }

    /** The latest {@value #LATEST} usable answer times, newest first. */
    private static long[] latestTimes(List<ReviewRecord> reviews) {
        long[] ms = new long[Math.min(LATEST, reviews.size())];
        int n = 0;
        for (int i = reviews.size() - 1; i >= 0 && n < ms.length; i--) {
            long t = reviews.get(i).ms();
            if (t >= MIN_MS && t <= MAX_MS) ms[n++] = t;
        }
        return Arrays.copyOf(ms, n);
    }
}
