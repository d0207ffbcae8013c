package dca.notes;

import dca.deck.BasicCard;
import java.util.List;

/**
 * A table of terms and what they mean (| Driver | Description |, | Flag | Meaning |): one card per
 * row, the term as prompt and its description as answer; further columns follow the description
 * under their header. Tried after {@link CommandTable}, which claims tables of commands.
 */
final class TermTable implements Rule {
    private static final int MAX_TERM_WORDS = 6;
    /** "Week 1", "page 42": where or when, not what the term means. */
    private static final java.util.regex.Pattern SCHEDULE = java.util.regex.Pattern.compile(
            "(?i)^(?:week|day|page|pg\\.?|p\\.|chapter|module|lesson|step|part|session)\\s*\\d+(?:\\s*[-–]\\s*\\d+)?$");

    @Override
    public String name() {
        return "term-table";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        TableRows t = TableRows.of(b.node(), x);
        if (t == null) return Outcome.PASS;
        if (t.rows().isEmpty() || t.columns() < 2) return Outcome.miss("a table needs a column of terms and one describing them");
        int term = -1;
        for (int c = 0; c < t.columns() - 1 && term < 0; c++) {
            int terms = 0;
            for (List<String> r : t.rows()) if (c < r.size() && isTerm(r.get(c))) terms++;
            if (terms * 2 > t.rows().size()) term = c;
        }
        if (term < 0) return Outcome.miss("no column of short terms");
        if (matrix(t, term)) return matrixRows(b, t, x);
        int description = -1;
        for (int c = term + 1; c < t.columns() && description < 0; c++) {
            int texts = 0;
            for (List<String> r : t.rows()) if (c < r.size() && Strings.words(r.get(c)) >= 2) texts++;
            if (texts * 2 >= t.rows().size()) description = c;
        }
        if (description < 0) return Outcome.miss("no column describing the terms");
        if (comparison(t.header(), term, description)) return Outcome.miss("compares two things column by column; no column of meanings");
        boolean made = captionList(b, t, term, x);
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> r = t.rows().get(i);
            if (description >= r.size() || !isTerm(r.get(term))) continue;
            StringBuilder answer = new StringBuilder(r.get(description));
            for (int c = term + 1; c < r.size(); c++) {
                if (c == description) continue;
                String v = r.get(c).strip();
                if (v.isEmpty() || v.equals("-") || !v.codePoints().anyMatch(Character::isLetter)) continue;
                String head = c < t.header().size() ? t.header().get(c).strip() : "";
                answer.append('\n').append(head.isEmpty() ? "" : head + ": ").append(v);
            }
            TagParser.Tagged d = TagParser.split(answer.toString());
            if (Strings.words(d.text()) < 2 || SCHEDULE.matcher(r.get(description).strip()).matches()) continue;
            if (restates(r.get(term), d.text())) continue;
            made |= x.sink().offerBasic(BasicCard.Origin.TABLE, keyed(t, r, term), d.text(), b.ctx(), t.lines().get(i), d.tags());
        }
        return made ? Outcome.claimed(1) : Outcome.miss("no row made a new card");
    }

    /**
     * "| port | proto | what for |": the key is the column before the term column (a number, no
     * term), so the prompt keeps it: "port 2377 (tcp)", not the bare "tcp".
     */
    private static String keyed(TableRows t, List<String> r, int term) {
        String label = r.get(term).strip();
        if (term == 0 || r.get(0).isBlank()) return label;
        String head = t.header().isEmpty() ? "" : t.header().get(0).strip();
        return ((head.isEmpty() ? "" : head + " ") + r.get(0).strip() + " (" + label + ")").strip();
    }

    /** A top-left header over row labels of a comparison: "| Feature | Volume | Bind mount | tmpfs |". */
    private static final java.util.regex.Pattern ROW_WORD = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:features?|property|properties|aspects?|characteristics?|attributes?|criteria|criterion|comparison|compare"
                    + "|category|dimension|capability|capabilities)\\W*");

    /**
     * "| | volume | bind mount | tmpfs |" (the top-left cell empty, or "Feature"): things compared
     * row by row, each column a thing, none a description.
     */
    private static boolean matrix(TableRows t, int term) {
        if (term != 0 || t.columns() < 3 || t.header().size() < t.columns()) return false;
        String corner = t.header().get(0).strip();
        if (!corner.isEmpty() && !ROW_WORD.matcher(corner).matches()) return false;
        for (int c = 1; c < t.columns(); c++) {
            String h = t.header().get(c).strip();
            if (h.isEmpty() || !corner.isEmpty() && COLUMN_WORD.matcher(h).matches()) return false;
        }
        return true;
    }

    /** A comparison row names the row and every thing compared: "volume vs bind mount vs tmpfs — managed by?" → each with its value. */
    private static Outcome matrixRows(Block b, TableRows t, Extraction x) {
        List<String> things = t.header().subList(1, t.columns()).stream().map(String::strip).toList();
        String compared = String.join(" vs ", things);
        boolean made = false;
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> r = t.rows().get(i);
            if (r.isEmpty() || !isTerm(r.get(0))) continue;
            List<String> values = new java.util.ArrayList<>();
            for (int c = 1; c < t.columns(); c++) {
                String v = c < r.size() ? r.get(c).strip() : "";
                values.add(things.get(c - 1) + ": " + (v.isEmpty() ? "-" : v));
            }
            TagParser.Tagged d = TagParser.split(String.join("; ", values));
            String prompt = compared + " \u2014 " + Strings.stripColon(r.get(0).strip()) + "?";
            made |= x.sink().offerBasic(BasicCard.Origin.TABLE, prompt, d.text(), b.ctx(), t.lines().get(i), d.tags());
        }
        return made ? Outcome.claimed(1) : Outcome.miss("no row made a new card");
    }

    /** Headers that name a column of terms or of what they mean. */
    private static final java.util.regex.Pattern COLUMN_WORD = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:term|name|type|driver|command|instruction|flag|option|key|field|setting|feature|object|concept|tool"
                    + "|component|mode|policy|network|level|role|description|purpose|use|uses|usage|meaning|what|details?|notes?"
                    + "|explanation|function|definition|effect|example|value|default|syntax|comment|summary|info|does|why|how|when)\\b.*");

    /** "| CE | EE |", "| Docker Swarm | Kubernetes |": two named things side by side, not a term and its meaning. */
    static boolean comparison(List<String> header, int term, int description) {
        if (header.size() <= Math.max(term, description)) return false;
        String a = header.get(term).strip();
        String b = header.get(description).strip();
        if (COLUMN_WORD.matcher(a).matches() || COLUMN_WORD.matcher(b).matches()) return false;
        if (Strings.words(a) > 6 || Strings.words(b) > 6) return false;
        return name(a) && name(b) || sharesWord(a, b) || a.matches(".*\\([A-Z]{2,}\\).*") && b.matches(".*\\([A-Z]{2,}\\).*");
    }

    private static boolean sharesWord(String a, String b) {
        java.util.Set<String> wa = new java.util.HashSet<>();
        for (String w : a.toLowerCase(java.util.Locale.ROOT).split("\\W+")) if (w.length() >= 4) wa.add(w);
        for (String w : b.toLowerCase(java.util.Locale.ROOT).split("\\W+")) if (w.length() >= 4 && wa.contains(w)) return true;
        return false;
    }

    private static boolean name(String h) {
        if (h.isEmpty() || Strings.words(h) > 4) return false;
        for (String w : h.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    /** "Docker isolates containers with:" and a table of terms: the terms are also a list card. */
    private static boolean captionList(Block b, TableRows t, int term, Extraction x) {
        if (!(b.previous() instanceof org.commonmark.node.Paragraph p)) return false;
        TagParser.Tagged caption = TagParser.split(InlineText.of(p));
        String text = InlineText.oneLine(caption.text());
        if (!text.endsWith(":") || Strings.words(text) > 15 || t.rows().size() < Enumeration.MIN_ITEMS
                || t.rows().size() > Enumeration.MAX_ITEMS || Guards.notStudyText(text, 2) != null) {
            return false;
        }
        List<String> names = new java.util.ArrayList<>();
        for (List<String> r : t.rows()) if (term < r.size() && isTerm(r.get(term))) names.add(r.get(term).strip());
        return names.size() == t.rows().size()
                && x.sink().offerList(Strings.stripColon(text), names, b.ctx(), InlineText.line(p), caption.tags());
    }

    private static boolean isTerm(String cell) {
        String c = cell.strip();
        int words = Strings.words(c);
        return words >= 1 && words <= MAX_TERM_WORDS && c.codePoints().anyMatch(Character::isLetter) && !c.endsWith(".")
                && !Guards.isQuiz(c);
    }

    /** "`.Service.Name` | service name": the answer only spells out the term's own words; nothing to recall. */
    static boolean restates(String term, String answer) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (String w : term.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) own.add(w);
        }
        String[] words = answer.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int content = 0;
        for (String w : words) {
            if (w.isEmpty() || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("of")) continue;
            content++;
            if (!own.contains(w) && !own.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w + "s")) return false;
        }
        return content > 0 && content <= 4;
    }
}
