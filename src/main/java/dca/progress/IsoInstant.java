package dca.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * UTC instants as {@code 2026-11-23T09:00:00.123Z}, written and read without DateTimeFormatter,
 * which dominated load and save time with 100k reviews. Output equals {@link Instant#toString()};
 * anything the fast path does not recognise goes through {@link Instant#parse}.
 */
final class IsoInstant {
    private IsoInstant() {}

    static void append(StringBuilder b, Instant t) {
        long sec = t.getEpochSecond();
        long day = Math.floorDiv(sec, 86_400);
        int secOfDay = (int) Math.floorMod(sec, 86_400);
        LocalDate d = LocalDate.ofEpochDay(day);
        if (d.getYear() < 0 || d.getYear() > 9999) {
            b.append(t);
            return;
        }
        pad(b, d.getYear(), 4).append('-');
        pad(b, d.getMonthValue(), 2).append('-');
        pad(b, d.getDayOfMonth(), 2).append('T');
        pad(b, secOfDay / 3600, 2).append(':');
        pad(b, secOfDay / 60 % 60, 2).append(':');
        pad(b, secOfDay % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) pad(b, nano / 1_000_000, 3);
            else if (nano % 1_000 == 0) pad(b, nano / 1_000, 6);
            else pad(b, nano, 9);
        }
        b.append('Z');
    }

    static String format(Instant t) {
        StringBuilder b = new StringBuilder(24);
        append(b, t);
        return b.toString();
    }

    private static StringBuilder pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) b.append('0');
        return b.append(s);
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nano = 0;
            boolean ok = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
            if (ok && n > 20) {
                int frac = n - 21;
                ok = s.charAt(19) == '.' && frac >= 1 && frac <= 9;
                if (ok) {
                    nano = digits(s, 20, n - 1);
                    ok = nano >= 0;
                    for (int i = frac; i < 9; i++) nano *= 10;
                }
            } else if (ok) {
                ok = n == 20;
            }
            if (ok && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nano);
            }
        }
        return Instant.parse(s); // throws DateTimeParseException for what is not an instant
    }

    /** The decimal number in s[from, to), or -1 when it is not all digits. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static boolean isInstant(String s) {
        try {
            parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
