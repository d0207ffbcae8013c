package dca.notes;

/** File-name order a person expects: case folded, runs of digits compared as numbers ({@code 2-x} before {@code 10-x}). */
public final class NaturalOrder {
    private NaturalOrder() {}

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = compareNumbers(a.substring(si, i), b.substring(sj, j));
                if (c != 0) return c;
                continue;
            }
            int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
            if (c != 0) return c;
            i++;
            j++;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b); // a total order: names that differ only in case still sort stably
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=\\d)", "");
        String b = y.replaceFirst("^0+(?=\\d)", "");
        if (a.length() != b.length()) return Integer.compare(a.length(), b.length());
        int c = a.compareTo(b);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }
}
