package dca.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TableTest {
    static final List<Table.Column> COLUMNS = List.of(
            Table.Column.keep("id"),
            Table.Column.text("card", 8),
            Table.Column.keep("lapses").dropping(2),
            Table.Column.keep("stability").dropping(1),
            Table.Column.text("why", 6));
    static final List<List<String>> ROWS = List.of(
            List.of("a1", "What does containerd do?", "3", "1.5d", "failed twice this week"),
            List.of("b2", "runc", "0", "12.0d", "stability low"));

    static String print(OptionalInt width) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Table.print(new PrintStream(b, true, StandardCharsets.UTF_8), COLUMNS, ROWS, width, false);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAWidthEveryCellIsWhole() {
        assertEquals("""
                id  card                      lapses  stability  why
                a1  What does containerd do?       3       1.5d  failed twice this week
                b2  runc                           0      12.0d  stability low
                """, print(OptionalInt.empty()));
    }

    @Test
    void textColumnsShrinkWithAnEllipsisFirst() {
        String t = print(OptionalInt.of(50));
        assertEquals("""
                id  card          lapses  stability  why
                a1  What does c…       3       1.5d  failed twice…
                b2  runc               0      12.0d  stability low
                """, t);
        for (String line : t.split("\n")) assertEquals(true, line.length() <= 50, line);
    }

    @Test
    void thenColumnsGoHighestRankFirstAndTheTableSaysWhich() {
        String t = print(OptionalInt.of(30));
        assertEquals("""
                id  card          why
                a1  What does c…  failed twic…
                b2  runc          stability l…
                (not shown at this width:
                lapses, stability)
                """, t);
        for (String line : t.split("\n")) assertEquals(true, line.length() <= 30, line);
    }
}
