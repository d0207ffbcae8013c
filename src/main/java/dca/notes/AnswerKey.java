package dca.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers to a question bank, by question number, as banks give them apart from the questions:
 * a section at the end of the file ({@code ## Answers} then {@code 1. B}, {@code Q2: A, C},
 * {@code | 3 | D |}) or a sibling file ({@code answers.md}: {@code **Q1.** ✅ C – text} with the
 * explanation quoted below it).
 */
final class AnswerKey {
    static final AnswerKey NONE = new AnswerKey(Map.of());

    /** One answer: the right letters (upper case), the text written after them, the explanation. */
    record Answer(List<Character> letters, String text, String explanation) {}

    /** A heading that opens an answer key. */
    private static final Pattern KEY_HEADING = Pattern.compile(
            "(?i)[^\\p{L}]*(answers?|answer[- ]?key|answer sheet|solutions?|key)(\\s*(and|&)\\s*explanations?)?[^\\p{L}]*");
    /** A file or title that is an answer key: {@code answers.md}, "Answer Key &amp; Explanations", {@code solutions.md}. */
    private static final Pattern KEY_NAME = Pattern.compile("(?i).*\\b(answers?|answer[-_ ]?key|solutions?)\\b.*");
    static final String LETTERS = "([A-Ha-h](?:\\s*(?:,|&|/|and)\\s*[A-Ha-h])*)";
    /**
     * {@code 1. B}, {@code 1) B, D}, {@code Q1: C}, {@code **Q1.** ✅ C – text}, {@code Question 3 - A},
     * {@code | 4 | B |}, {@code - 5. (C) because…}, {@code | S1 | C |}: a number (after a section's
     * letters, {@code S1}, kept apart from {@code N1}), then letters standing alone.
     */
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?\\|?\\s*(?:\\*\\*|__)?\\s*(?:Q(?:uestion)?\\s*#?\\s*|([A-Z]{1,3})(?=\\d))?(\\d{1,3})\\s*(?:\\*\\*|__)?\\s*[.):\\-–—|]?\\s*(?:\\*\\*|__)?"
                    + "\\s*(?:✅|✔️?|☑️?|(?:correct\\s+)?answers?\\s*[:\\-–]?)?\\s*(?:\\*\\*|__)?\\s*\\(?" + LETTERS + "\\)?(?:\\*\\*|__)?"
                    + "(?=\\s*$|\\s*[.):\\-–—|,]|\\s+[-–—])\\s*[.):\\-–—|,]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** {@code Answers: 1-B, 2-C, 3-A} on one line. */
    private static final Pattern INLINE_KEY = Pattern.compile("(?i)^\\W*(?:answers?|answer key|solutions?)\\W*[:\\-–]\\s*(.+)$");
    private static final Pattern INLINE_PAIR = Pattern.compile("(?i)(?<!\\d)(\\d{1,3})\\s*[-.):=]\\s*" + LETTERS + "(?![a-z])");

    /** By label: the question's number, after its section letters when it has them ({@code S1}). */
    private final Map<String, Answer> answers;

    private AnswerKey(Map<String, Answer> answers) {
        this.answers = Map.copyOf(answers);
    }

    Optional<Answer> answer(int number) {
        return answer("", number);
    }

    /** The answer to question {@code prefix + number}; {@code S1} falls back to a key written {@code 1}. */
    Optional<Answer> answer(String prefix, int number) {
        Answer a = answers.get(label(prefix, number));
        if (a == null && !prefix.isEmpty()) a = answers.get(label("", number));
        return Optional.ofNullable(a);
    }

    /** {@code Q7} and {@code 7} are one label; other letters name a section ({@code S1}). */
    static String label(String prefix, int number) {
        String p = prefix == null ? "" : prefix.toUpperCase(Locale.ROOT);
        return (p.equals("Q") ? "" : p) + number;
    }

    int size() {
        return answers.size();
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }

    /** This key, with the other's answers for the numbers this one lacks. */
    AnswerKey or(AnswerKey other) {
        if (other.isEmpty()) return this;
        if (isEmpty()) return other;
        Map<String, Answer> all = new LinkedHashMap<>(other.answers);
        all.putAll(answers);
        return new AnswerKey(all);
    }

    static boolean isKeyHeading(String text) {
        return KEY_HEADING.matcher(text).matches();
    }

    /** A file name or title that says the file is an answer key. */
    static boolean isKeyName(String text) {
        return text != null && KEY_NAME.matcher(text.replace('_', ' ').replace('-', ' ')).matches();
    }

    /** The entries of lines {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
    static AnswerKey parse(String[] lines, int from, int to) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (int i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
            String line = lines[i];
            Matcher inline = INLINE_KEY.matcher(line);
            if (inline.matches()) {
                Matcher pair = INLINE_PAIR.matcher(inline.group(1));
                boolean any = false;
                while (pair.find()) {
                    out.putIfAbsent(label("", Integer.parseInt(pair.group(1))), new Answer(letters(pair.group(2)), "", ""));
                    any = true;
                }
                if (any) continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) continue;
            String label = label(m.group(1), Integer.parseInt(m.group(2)));
            String text = Markup.plain(m.group(4)).replaceAll("\\s*\\|\\s*$", "").strip();
            StringBuilder why = new StringBuilder();
            int j = i + 1;
            for (; j < Math.min(to, lines.length); j++) {
                String next = lines[j].strip();
                if (!next.startsWith(">")) break;
                if (why.length() > 0) why.append('\n');
                why.append(Markup.plain(next.replaceFirst("^>\\s?", "")));
            }
            out.putIfAbsent(label, new Answer(letters(m.group(3)), text, why.toString().strip()));
            i = j - 1;
        }
        return out.isEmpty() ? NONE : new AnswerKey(out);
    }

    static List<Character> letters(String text) {
        List<Character> out = new ArrayList<>();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'H' && !out.contains(c) && !isWordAnd(text, c)) out.add(c);
        }
        return out;
    }

    /** The A and D of a literal "and" between letters are not answers. */
    private static boolean isWordAnd(String text, char c) {
        String t = text.toUpperCase(Locale.ROOT).replaceAll("\\bAND\\b", " ");
        return t.indexOf(c) < 0;
    }
}
