package dca.share;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records the way Anki's importer does: one record per line, a field
 * that starts with a double quote runs to the closing quote (which may span lines), {@code ""}
 * inside it is one quote.
 */
final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text, char sep) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean fieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            if (c == sep) {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
            } else if (c != '\r') {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
