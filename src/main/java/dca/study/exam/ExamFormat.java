package dca.study.exam;

import java.util.Locale;
import java.util.Optional;

/** Which kinds of items an exam holds: the real mix (13 of 55 multiple choice, the rest DOMC), or one kind only. */
public enum ExamFormat {
    MIXED, MCQ, DOMC;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<ExamFormat> parse(String text) {
        if (text == null) return Optional.empty();
        for (ExamFormat f : values()) {
            if (f.label().equals(text.trim().toLowerCase(Locale.ROOT))) return Optional.of(f);
        }
        return Optional.empty();
    }
}
