package dca.notes;

import dca.deck.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Multiple-choice questions in the shapes question-bank repositories write them, claimed before the
 * other rules see their blocks:
 * <ul>
 *   <li>the question: {@code 1. …}, {@code Q1. …}, {@code **Q1.** …}, {@code ### Question 1}, or any
 *       question sentence followed by options;</li>
 *   <li>lettered options, as lines or bullets: {@code A. …}, {@code A) …}, {@code (A) …}, {@code - A. …},
 *       {@code a) …};</li>
 *   <li>the answer: {@code Answer: B}, {@code **Answer:** B, D}, a ✅ or bold or checked option, a
 *       {@code <details>} block whose summary says answer or solution, else the file's answer key
 *       ({@code ## Answers}) or a sibling key file.</li>
 * </ul>
 * Each answered question becomes a choice card, the explanation kept; a question without an answer
 * anywhere makes no card (its options would only make junk) and is counted, reported once per file.
 */
final class QuestionBank {
    /** Blocks of a chapter that a rule takes whole, before the walker reads them. */
    interface Claim {
        /** How many blocks from {@code i} on were taken (0: none, the walker reads block {@code i}). */
        int claim(List<Node> blocks, int i, Breadcrumbs ctx);
    }

    private static final String BOLD = "(?:\\*\\*|__)?";
    /**
     * {@code Q1.}, {@code **Q1.**}, {@code Question 1:}, {@code **1.**}, {@code 11:} (a number and a
     * colon is no list marker); group 1 or 2 the number, group 3 the text.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*" + BOLD + "\\s*(?:Q(?:uestion)?\\s*#?\\s*(\\d{1,3})|(?=\\d{1,3}\\s*(?:[.):]\\s*(?:\\*\\*|__)|:))(\\d{1,3}))\\s*" + BOLD
                    + "\\s*[.):\\-–—]?\\s*" + BOLD + "\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /**
     * A question opened in bold: {@code **1) Where …?**} (the whole question bold) or {@code **S1.** …}
     * (a section's letters before the number); group 1 the bold, 2 the letters, 3 the number, 4 the
     * bold closed after the number, 5 the text.
     */
    private static final Pattern BOLD_NUMBERED = Pattern.compile(
            "^\\s*(\\*\\*|__)\\s*(?:([A-Z]{1,3})(?=\\d))?(\\d{1,3})\\s*[.):]\\s*(\\1)?\\s*[.):\\-–—]?\\s*(\\S.*)$");
    /** {@code 3. What is …?} in a heading. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s*(\\d{1,3})\\s*[.):\\-–—]\\s*(.+)$");
    /**
     * {@code A. x}, {@code A) x}, {@code (A) x}, {@code - [x] B. y}, {@code **C. z**}; and {@code A x},
     * a capital and a space, which only counts when every option of the question is written so.
     */
    private static final Pattern OPTION = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\[([ xX])\\]\\s*)?(" + BOLD + ")\\s*(?:\\(([A-Ha-h])\\)|([A-Ha-h])[.)]|([A-H])(?=\\s+\\S))\\s*(.*)$");
    private static final Pattern CHECK_MARK = Pattern.compile("\\s*(?:✅|✔️?|☑️?|✓|\\(correct\\)|\\[correct\\]|<-+\\s*correct|←\\s*correct)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** {@code Answer: B}, {@code **Answer:** B, D}, {@code Correct answer - C}, {@code ✅ B}; group 1 letters, 2 the rest. */
    private static final Pattern ANSWER = Pattern.compile(
            "^\\s*" + BOLD + "\\s*(?:(?:the\\s+)?(?:correct\\s+|right\\s+)?(?:answers?|ans|solution)\\s*" + BOLD + "\\s*[:\\-–—=]|✅|✔️?)\\s*"
                    + BOLD + "\\s*(?:option\\s+)?\\(?" + AnswerKey.LETTERS + "\\)?" + BOLD + "(?![\\p{L}\\d])\\s*[.):\\-–—,]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLANATION = Pattern.compile("(?i)^\\s*" + BOLD + "\\s*(?:explanation|why|reason)\\s*" + BOLD + "\\s*[:\\-–—]\\s*" + BOLD + "\\s*(.*)$");
    private static final Pattern SUMMARY = Pattern.compile("(?is)<summary[^>]*>(.*?)</summary>");
    private static final Pattern ANSWER_SUMMARY = Pattern.compile(
            "(?i).*\\b(answers?|solutions?|reveal|show|correct|explanation|check)\\b.*|[^\\p{L}\\p{N}]*");
    /** The letter an answer written as an option starts with: {@code C. docker push}, {@code (C)}, {@code C}. */
    private static final Pattern LEADING_LETTERS = Pattern.compile(
            "^\\s*" + BOLD + "\\s*\\(?" + AnswerKey.LETTERS + "\\)?" + BOLD + "(?=\\s*$|\\s*[.):\\-–—,])\\s*[.):\\-–—,]?\\s*(.*)$", Pattern.DOTALL);
    private static final int MAX_ANSWER_BLOCKS = 6;
    private static final Pattern KEY_WORD = Pattern.compile("(?i)answer|solution|key");
    private static final Pattern Q_FORM = Pattern.compile("(?i)^\\W*q.*");
    private static final Pattern CHOOSE = Pattern.compile("(?is).*\\?\\s*\\(?(choose|select|pick).*");
    private static final Pattern KEY_LINE = Pattern.compile("(?i)\\W*(answers?|answer key|solutions?)\\W*[:\\-–].*");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^\\s*(?:>\\s*)*\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(?:>\\s*)*(\\d{1,3})[.)]");
    private static final Pattern WHOLE_BOLD = Pattern.compile("^(\\*\\*|__)[^*_].*\\1$");

    private final String[] lines;
    private final AnswerKey key;
    private final Problems problems;
    private int questions;
    private int unanswered;
    private int firstUnanswered;

    QuestionBank(String[] lines, AnswerKey key, Problems problems) {
        this.lines = lines;
        this.key = key;
        this.problems = problems;
    }

    /** The hook the card walker calls at each block, emitting into {@code sink}. */
    Claim claim(CardSink sink) {
        return (blocks, i, ctx) -> claim(blocks, i, ctx, sink);
    }

    /** Reports, once for the file, the questions no answer was found for. */
    void finish() {
        if (unanswered == 0) return;
        String what = unanswered == questions
                ? unanswered + (unanswered == 1 ? " multiple-choice question has" : " multiple-choice questions have")
                : unanswered + " of " + questions + " multiple-choice questions " + (unanswered == 1 ? "has" : "have");
        problems.warn(firstUnanswered, what + " no answer, so no card (first on this line): write Answer: B under a "
                + "question, mark its right option, or add an answer key (## Answers, then 1. B)");
    }

    /** The answer key written in a file: its {@code ## Answers} sections and {@code Answers: 1-B, 2-C} lines. */
    static AnswerKey keyIn(List<Node> blocks, String[] lines) {
        AnswerKey out = AnswerKey.NONE;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && isKeyHeading(h, lines)) {
                int end = sectionEnd(blocks, i);
                out = out.or(AnswerKey.parse(lines, Markup.lastLine(h) + 1, endLine(blocks, end, lines)));
            } else if (blocks.get(i) instanceof Paragraph p) {
                String first = rawLine(p, lines);
                if (KEY_WORD.matcher(first).find() && KEY_LINE.matcher(first.strip()).matches()) {
                    out = out.or(AnswerKey.parse(lines, Markup.firstLine(p), Markup.lastLine(p) + 1));
                }
            }
        }
        return out;
    }

    private int claim(List<Node> blocks, int i, Breadcrumbs ctx, CardSink sink) {
        Node n = blocks.get(i);
        if (n instanceof Heading h && isKeyHeading(h, lines)) {
            int end = sectionEnd(blocks, i);
            // The key is read by the questions; as notes it would only make "1. B" cards.
            return AnswerKey.parse(lines, Markup.lastLine(h) + 1, endLine(blocks, end, lines)).isEmpty() ? 0 : end - i;
        }
        if (n instanceof OrderedList list) return questionList(list, blocks, i, ctx, sink);
        Optional<Stem> stem = stem(blocks, i);
        if (stem.isEmpty()) return 0;
        return emit(stem.get(), blocks, ctx, sink);
    }

    /** A heading that opens an answer key; the raw line is looked at first, as most headings are not. */
    private static boolean isKeyHeading(Heading h, String[] lines) {
        return KEY_WORD.matcher(rawLine(h, lines)).find() && AnswerKey.isKeyHeading(InlineText.oneLine(InlineText.of(h)));
    }

    private static String rawLine(Node n, String[] lines) {
        int idx = Markup.firstLine(n);
        return idx < 0 || idx >= lines.length ? "" : lines[idx];
    }

    /** The question's text and where it was found; {@code next} is the first block after the options. */
    private record Stem(int number, String prefix, String text, int line, List<Option> options, List<Character> marked, int start,
                        int next, String tail) {}

    /** A question in a heading, or in a paragraph, with its options after it. */
    private Optional<Stem> stem(List<Node> blocks, int i) {
        Node n = blocks.get(i);
        if (n instanceof Heading h) {
            String text = InlineText.oneLine(InlineText.of(h));
            Matcher q = NUMBERED.matcher(text);
            Matcher numbered = NUMBERED_HEADING.matcher(text);
            int number;
            String rest;
            if (q.matches() && Q_FORM.matcher(text).matches()) {
                number = Integer.parseInt(q.group(1));
                rest = q.group(3);
            } else if (numbered.matches()) {
                number = Integer.parseInt(numbered.group(1));
                rest = numbered.group(2);
            } else {
                return Optional.empty();
            }
            if (rest.isBlank()) {
                // "### Question 3" then the question as a paragraph.
                if (i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Paragraph p)) return Optional.empty();
                return fromLines(number, "", List.of(), Markup.lines(p, lines), blocks, i + 1, InlineText.line(h), i);
            }
            return fromLines(number, "", List.of(Markup.plain(rest)), List.of(), blocks, i, InlineText.line(h), i);
        }
        if (!(n instanceof Paragraph p)) return Optional.empty();
        List<String> raw = Markup.lines(p, lines);
        if (raw.isEmpty()) return Optional.empty();
        Matcher m = NUMBERED.matcher(raw.get(0));
        Matcher bold = BOLD_NUMBERED.matcher(raw.get(0));
        int number = 0;
        String prefix = "";
        List<String> body = new ArrayList<>(raw);
        if (m.matches()) {
            number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            body.set(0, m.group(3));
        } else if (bold.matches()) {
            number = Integer.parseInt(bold.group(3));
            prefix = bold.group(2) == null ? "" : bold.group(2);
            String text = bold.group(5);
            // "**1) Where …?**": the bold closes at the end of the question, not after its number.
            if (bold.group(4) == null) text = closeBold(body, text, bold.group(1));
            body.set(0, text);
        } else if (!mayAsk(body)) {
            return Optional.empty(); // most paragraphs: no number, no options, no question
        }
        return fromLines(number, prefix, List.of(), body, blocks, i, InlineText.line(p), i);
    }

    /** Drops the bold's closing mark from the question line that ends with it (the first, or a later one). */
    private static String closeBold(List<String> body, String first, String mark) {
        if (first.stripTrailing().endsWith(mark)) return Strings.stripTrailing(first.stripTrailing(), "*_");
        for (int k = 1; k < body.size(); k++) {
            String l = body.get(k).stripTrailing();
            if (l.endsWith(mark)) {
                body.set(k, l.substring(0, l.length() - mark.length()));
                break;
            }
        }
        return first;
    }

    /** An unnumbered paragraph that could be a question: it holds options, or its last line asks. */
    private static boolean mayAsk(List<String> body) {
        String last = body.get(body.size() - 1).strip();
        if (last.endsWith("?") || last.endsWith(":") || CHOOSE.matcher(last).matches()) return true;
        for (String l : body) if (OPTION.matcher(l).matches()) return true;
        return false;
    }

    /**
     * Splits {@code body} (the question's lines) into the question and the options that end it; when
     * it holds no options, they are looked for in the block after {@code at}.
     */
    private Optional<Stem> fromLines(int number, String prefix, List<String> head, List<String> body, List<Node> blocks, int at, int line,
                                     int start) {
        List<String> question = new ArrayList<>(head);
        List<String> optionLines = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        for (String l : body) {
            // "Answer: B" written straight under the options, in the same paragraph, ends them.
            if (!optionLines.isEmpty() && (!tail.isEmpty() || ANSWER.matcher(l).matches() || EXPLANATION.matcher(l).matches())) tail.add(l);
            else if (optionLines.isEmpty() && !OPTION.matcher(l).matches()) question.add(l);
            else optionLines.add(l);
        }
        int next = at + 1;
        Options opts = Options.read(optionLines);
        String shown = "";
        boolean unlettered = false;
        if (opts == null && optionLines.isEmpty() && next < blocks.size()) {
            opts = Options.read(optionBlockLines(blocks.get(next)));
            if (opts == null && (opts = boldOptions(blocks.get(next))) != null) unlettered = true;
            if (opts != null) {
                next++;
            } else if (next + 1 < blocks.size() && isExhibit(blocks.get(next))) {
                // A Dockerfile or command shown between the question and its options belongs to the question.
                opts = Options.read(optionBlockLines(blocks.get(next + 1)));
                if (opts != null) {
                    shown = exhibit(blocks.get(next));
                    next += 2;
                }
            }
        }
        if (opts == null) return Optional.empty();
        String text = Markup.plain(String.join(" ", question));
        if (text.isBlank()) return Optional.empty();
        // An unnumbered paragraph is a question only when it asks one.
        // So is a question whose options carry no letters: a list under it is most often notes.
        if ((number == 0 || unlettered) && !(text.endsWith("?") || text.endsWith(":") || CHOOSE.matcher(text).matches())) {
            return Optional.empty();
        }
        if (!shown.isEmpty()) text = text + "\n" + shown;
        return Optional.of(new Stem(number, prefix, text, line, opts.options(), opts.marked(), start, next, String.join("\n", tail)));
    }

    /**
     * Plain bullets under a question, the right ones wholly in bold ({@code - **overlay**}): options only
     * when some but not all are bold, each a short line of its own with nothing nested under it.
     */
    private Options boldOptions(Node n) {
        if (!(n instanceof ListBlock list) || list instanceof OrderedList || ChoiceSyntax.isTaskList(list)) return null;
        List<Option> options = new ArrayList<>();
        List<Character> marked = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li) || !(li.getFirstChild() instanceof Paragraph) || li.getFirstChild().getNext() != null) return null;
            String line = itemLine(li);
            if (line == null || options.size() == MAX_OPTIONS) return null;
            String raw = CHECK_MARK.matcher(line.strip()).replaceAll(" ").strip();
            boolean right = WHOLE_BOLD.matcher(raw).matches() || !raw.equals(line.strip());
            String plain = Markup.plain(raw);
            if (plain.isEmpty() || Strings.words(plain) > MAX_OPTION_WORDS) return null;
            if (right) marked.add((char) ('A' + options.size()));
            options.add(new Option(plain, false));
        }
        if (options.size() < 2 || marked.isEmpty() || marked.size() == options.size()) return null;
        return new Options(options, marked);
    }

    private static final int MAX_OPTIONS = 8;
    private static final int MAX_OPTION_WORDS = 20;

    private static boolean isExhibit(Node n) {
        return n instanceof org.commonmark.node.FencedCodeBlock || n instanceof org.commonmark.node.IndentedCodeBlock
                || n instanceof Paragraph;
    }

    /** The exhibit's lines as the question shows them: code kept line by line. */
    private String exhibit(Node n) {
        if (n instanceof org.commonmark.node.FencedCodeBlock f) return f.getLiteral().strip();
        if (n instanceof org.commonmark.node.IndentedCodeBlock c) return c.getLiteral().strip();
        return String.join("\n", Markup.lines(n, lines)).strip();
    }

    /** The lines of a block that may hold options: a paragraph of {@code A. …} lines, or a list of {@code - A. …} items. */
    private List<String> optionBlockLines(Node n) {
        if (n instanceof Paragraph p) return Markup.lines(p, lines);
        if (n instanceof ListBlock list && !(list instanceof OrderedList)) {
            // Most lists after a paragraph are notes: look at the first bullet before reading them all.
            if (!(list.getFirstChild() instanceof ListItem first) || firstLineIsNoOption(first)) return List.of();
            List<String> out = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem li) || li.getFirstChild() == null) return List.of();
                String line = itemLine(li);
                if (line == null) return List.of();
                out.add(line);
            }
            return out;
        }
        return List.of();
    }

    private boolean firstLineIsNoOption(ListItem item) {
        int idx = Markup.firstLine(item);
        return idx < 0 || idx >= lines.length
                || !OPTION.matcher(BULLET.matcher(QUOTE_PREFIX.matcher(lines[idx]).replaceFirst("")).replaceFirst("")).matches();
    }

    /** The first line of a bullet, with its task marker when it has one ({@code [x] B. y}). */
    private String itemLine(ListItem item) {
        int idx = Markup.firstLine(item);
        if (idx < 0 || idx >= lines.length) return null;
        String raw = BULLET.matcher(QUOTE_PREFIX.matcher(lines[idx]).replaceFirst("")).replaceFirst("");
        // A bullet that goes on over more lines (no blank line) keeps them.
        int last = Markup.lastLine(item);
        StringBuilder sb = new StringBuilder(raw);
        for (int k = idx + 1; k <= last && k < lines.length; k++) {
            String more = lines[k].strip();
            if (more.isEmpty() || BULLET.matcher(more).find() || more.startsWith("<")) break;
            sb.append(' ').append(more);
        }
        return sb.toString();
    }

    /**
     * An ordered list whose every item is a question with its options; a one-item list
     * ({@code 1. Question?} alone) may have its options and answer in the blocks after it.
     */
    private int questionList(OrderedList list, List<Node> blocks, int i, Breadcrumbs ctx, CardSink sink) {
        List<ListItem> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) if (n instanceof ListItem li) items.add(li);
        if (items.isEmpty()) return 0;
        List<Stem> stems = new ArrayList<>();
        List<List<Node>> scopes = new ArrayList<>();
        int inLast = 0;
        for (int k = 0; k < items.size(); k++) {
            List<Node> scope = children(items.get(k));
            if (k == items.size() - 1) {
                // The last question's options may follow the list: "(A) …" at the margin ends the list.
                inLast = scope.size();
                // Enough of what follows for an exhibit, the options and their answer.
                scope.addAll(blocks.subList(i + 1, Math.min(blocks.size(), i + 3 + MAX_ANSWER_BLOCKS)));
            }
            Optional<Stem> s = itemStem(items.get(k), scope);
            if (s.isEmpty()) return 0;
            stems.add(s.get());
            scopes.add(scope);
        }
        int used = 0;
        for (int k = 0; k < stems.size(); k++) used = emit(stems.get(k), scopes.get(k), ctx, sink);
        return 1 + Math.max(0, used - inLast);
    }

    private Optional<Stem> itemStem(ListItem item, List<Node> scope) {
        if (scope.isEmpty() || !(scope.get(0) instanceof Paragraph p)) return Optional.empty();
        return fromLines(itemNumber(item), "", List.of(), Markup.lines(p, lines), scope, 0, InlineText.line(item), 0);
    }

    private static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) out.add(c);
        return out;
    }

    private int itemNumber(ListItem item) {
        int idx = Markup.firstLine(item);
        if (idx < 0 || idx >= lines.length) return 0;
        Matcher m = ITEM_NUMBER.matcher(lines[idx]);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Finds the answer after the options, makes the card (or counts the question), returns the blocks used. */
    private int emit(Stem s, List<Node> blocks, Breadcrumbs ctx, CardSink sink) {
        questions++;
        List<Character> right = new ArrayList<>(s.marked());
        StringBuilder why = new StringBuilder();
        if (!s.tail().isBlank() && !readAnswer(s.tail(), s.options(), right, why)) {
            Matcher e = EXPLANATION.matcher(firstLine(s.tail()));
            if (e.matches()) appendWhy(why, Markup.plain(e.group(1)));
        }
        int j = s.next();
        for (int seen = 0; j < blocks.size() && seen < MAX_ANSWER_BLOCKS; seen++) {
            Node n = blocks.get(j);
            if (n instanceof Heading || n instanceof ThematicBreak || startsQuestion(blocks, j)) break;
            int used = answerBlock(blocks, j, s.options(), right, why);
            if (used == 0) break;
            j += used;
        }
        int number = s.number() > 0 ? s.number() : questions;
        if (right.isEmpty()) {
            Optional<AnswerKey.Answer> a = key.answer(s.prefix(), number);
            if (a.isPresent()) {
                right.addAll(a.get().letters());
                String explanation = a.get().explanation();
                if (explanation.isEmpty() && !sameAsOption(a.get().text(), s.options(), a.get().letters())) explanation = a.get().text();
                if (why.length() == 0) why.append(explanation);
            }
        }
        right.removeIf(c -> c - 'A' >= s.options().size());
        if (right.isEmpty()) {
            if (unanswered++ == 0) firstUnanswered = s.line();
            return j - s.start();
        }
        List<Option> options = new ArrayList<>();
        for (int k = 0; k < s.options().size(); k++) {
            options.add(new Option(s.options().get(k).text(), right.contains((char) ('A' + k))));
        }
        TagParser.Tagged prompt = TagParser.split(s.text());
        sink.choice(prompt.text(), options, why.toString().strip(), "", ctx, s.line(), prompt.tags());
        return j - s.start();
    }

    private boolean startsQuestion(List<Node> blocks, int j) {
        Node n = blocks.get(j);
        if (!(n instanceof Paragraph p)) return n instanceof OrderedList;
        List<String> raw = Markup.lines(p, lines);
        return !raw.isEmpty() && (NUMBERED.matcher(raw.get(0)).matches() || BOLD_NUMBERED.matcher(raw.get(0)).matches());
    }

    /**
     * Reads one block after a question: its answer ({@code Answer: B}, a details block, a quote), or
     * its explanation once the answer is known. Returns the blocks used, 0 when the block is neither.
     */
    private int answerBlock(List<Node> blocks, int j, List<Option> options, List<Character> right, StringBuilder why) {
        Node n = blocks.get(j);
        if (DetailsSyntax.starts(n)) {
            int end = detailsEnd(blocks, j);
            if (end < 0) return 0;
            StringBuilder html = new StringBuilder();
            for (int k = j; k < end; k++) html.append(blockText(blocks.get(k))).append('\n');
            Matcher m = SUMMARY.matcher(html);
            boolean found = m.find();
            String summary = found ? DetailsSyntax.plain(m.group(1)) : "";
            if (!ANSWER_SUMMARY.matcher(summary).matches()) return 0;
            String inner = found ? html.substring(m.end()) : html.toString().replaceFirst("(?is)^.*?<details[^>]*>", "");
            inner = inner.replaceFirst("(?is)</details>.*$", "");
            String body = DetailsSyntax.plain(inner);
            if (!readAnswer(body, options, right, why)) return 0;
            return end - j;
        }
        if (n instanceof BlockQuote quote) {
            StringBuilder text = new StringBuilder();
            for (Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) text.append(String.join("\n", Markup.lines(p, lines))).append('\n');
            }
            String body = text.toString().strip();
            if (ANSWER.matcher(firstLine(body)).matches() || !right.isEmpty()) {
                if (!readAnswer(body, options, right, why)) appendWhy(why, Markup.plain(body.replace('\n', ' ')));
                return 1;
            }
            return 0;
        }
        if (n instanceof Paragraph p) {
            String body = String.join("\n", Markup.lines(p, lines));
            Matcher e = EXPLANATION.matcher(firstLine(body));
            if (e.matches()) {
                appendWhy(why, Markup.plain((e.group(1) + " " + body.substring(firstLine(body).length())).replace('\n', ' ')));
                return 1;
            }
            if (ANSWER.matcher(firstLine(body)).matches()) return readAnswer(body, options, right, why) ? 1 : 0;
        }
        return 0;
    }

    /** Reads letters (or an option's text) from an answer's text; the rest is the explanation. */
    private static boolean readAnswer(String body, List<Option> options, List<Character> right, StringBuilder why) {
        String first = firstLine(body);
        String rest = body.substring(first.length()).strip();
        List<Character> letters = List.of();
        String after = "";
        Matcher a = ANSWER.matcher(first);
        Matcher lead = LEADING_LETTERS.matcher(first);
        if (a.matches()) {
            letters = AnswerKey.letters(a.group(1));
            after = a.group(2);
        } else if (lead.matches()) {
            letters = AnswerKey.letters(lead.group(1));
            after = lead.group(2);
        } else {
            int k = optionWithText(Markup.plain(first), options);
            if (k >= 0) letters = List.of((char) ('A' + k));
        }
        if (letters.isEmpty()) return false;
        for (Character c : letters) if (!right.contains(c)) right.add(c);
        String explanation = Markup.plain(after);
        if (sameAsOption(explanation, options, letters)) explanation = "";
        appendWhy(why, explanation);
        if (!rest.isEmpty()) {
            Matcher e = EXPLANATION.matcher(firstLine(rest));
            appendWhy(why, Markup.plain((e.matches() ? e.group(1) + " " + rest.substring(firstLine(rest).length()) : rest).replace('\n', ' ')));
        }
        return true;
    }

    /** The index of the option whose text is {@code text}, or -1. */
    private static int optionWithText(String text, List<Option> options) {
        String t = normal(text);
        if (t.isEmpty()) return -1;
        for (int k = 0; k < options.size(); k++) if (normal(options.get(k).text()).equals(t)) return k;
        return -1;
    }

    /** True when an answer's text only repeats its option ("C – `docker swarm init`"). */
    private static boolean sameAsOption(String text, List<Option> options, List<Character> letters) {
        String t = normal(text);
        if (t.isEmpty()) return true;
        for (Character c : letters) {
            int k = c - 'A';
            if (k >= 0 && k < options.size()) {
                String o = normal(options.get(k).text());
                if (o.equals(t) || o.contains(t)) return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[`*_<>\"'.]", "").replaceAll("\\s+", " ").strip();
    }

    private static void appendWhy(StringBuilder why, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return;
        if (why.length() > 0) why.append('\n');
        why.append(t);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The index after the block holding {@code </details>}, or -1 when it is not closed nearby. */
    private static int detailsEnd(List<Node> blocks, int j) {
        for (int k = j; k < blocks.size() && k - j < 32; k++) {
            if (blockText(blocks.get(k)).toLowerCase(Locale.ROOT).contains("</details>")) return k + 1;
        }
        return -1;
    }

    private static String blockText(Node n) {
        if (n instanceof HtmlBlock h) return h.getLiteral();
        if (n instanceof Paragraph) return InlineText.of(n);
        if (n instanceof org.commonmark.node.FencedCodeBlock f) return f.getLiteral();
        if (n instanceof ListBlock list) return QaSyntax.listText(list);
        return InlineText.of(n);
    }

    /** The index of the first block after the heading's section. */
    private static int sectionEnd(List<Node> blocks, int i) {
        int level = ((Heading) blocks.get(i)).getLevel();
        int end = i + 1;
        while (end < blocks.size() && !(blocks.get(end) instanceof Heading h && h.getLevel() <= level)) end++;
        return end;
    }

    /** The 0-based line after the block before {@code end}. */
    private static int endLine(List<Node> blocks, int end, String[] lines) {
        if (end >= blocks.size()) return lines.length;
        int first = Markup.firstLine(blocks.get(end));
        return first < 0 ? lines.length : first;
    }

    /** Lettered options, read from lines: the texts and the letters marked right on them. */
    private record Options(List<Option> options, List<Character> marked) {
        /** Null unless the lines are two or more options lettered A, B, C… in order. */
        static Options read(List<String> lines) {
            if (lines.size() < 2) return null;
            List<Option> options = new ArrayList<>();
            List<Character> marked = new ArrayList<>();
            Boolean upper = null;
            Boolean bare = null;
            for (String raw : lines) {
                Matcher m = OPTION.matcher(raw);
                if (!m.matches()) {
                    // A long option wrapped onto the next line.
                    if (options.isEmpty() || raw.isBlank()) return null;
                    Option last = options.remove(options.size() - 1);
                    options.add(new Option(InlineText.tidy(last.text() + " " + Markup.plain(raw)), false));
                    continue;
                }
                boolean isBare = m.group(5) != null;
                String letter = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                char c = letter.charAt(0);
                boolean isUpper = Character.isUpperCase(c);
                if (upper == null) upper = isUpper;
                if (bare == null) bare = isBare;
                if (bare != isBare && !options.isEmpty() && isBare) {
                    // "A container…" after "C. x": the text of the last option going on.
                    Option last = options.remove(options.size() - 1);
                    options.add(new Option(InlineText.tidy(last.text() + " " + Markup.plain(raw)), false));
                    continue;
                }
                if (upper != isUpper || bare != isBare || Character.toUpperCase(c) != 'A' + options.size()) return null;
                String text = m.group(6);
                boolean right = "x".equalsIgnoreCase(m.group(1));
                Matcher check = CHECK_MARK.matcher(text);
                String unmarked = check.replaceAll(" ").strip();
                if (!unmarked.equals(text.strip())) right = true;
                String boldBefore = m.group(2);
                if (!boldBefore.isEmpty() && unmarked.endsWith(boldBefore)) {
                    right = true; // **C. the whole option bold**
                    unmarked = unmarked.substring(0, unmarked.length() - boldBefore.length());
                } else if (WHOLE_BOLD.matcher(unmarked).matches()) {
                    right = true; // C. **the option bold**
                }
                String plain = Markup.plain(unmarked);
                if (plain.isEmpty()) return null;
                options.add(new Option(plain, false));
                if (right) marked.add((char) ('A' + options.size() - 1));
            }
            return options.size() >= 2 ? new Options(options, marked) : null;
        }
    }
}
