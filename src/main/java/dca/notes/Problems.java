package dca.notes;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, each with its line. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        list.add(new Problem(file, line, message));
    }

    void warn(int line, String message) {
        list.add(Problem.warning(file, line, message));
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
