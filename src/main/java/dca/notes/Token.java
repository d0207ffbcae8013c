package dca.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A specific token in a sentence, worth hiding in a cloze: a command, a flag, a path, a port, a
 * number with its unit, the value said to be a default, or a term the author wrote in code or bold.
 * {@code start} and {@code end} index the sentence's marked text and include backticks or marks.
 */
record Token(Kind kind, int start, int end) {
    /** In the order a sentence's tokens are chosen to be hidden. */
    enum Kind { DEFAULT, COMMAND, FLAG, PORT, PATH, NUMBER, TERM }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|tcp|unix|ssh|npipe)://\\S+");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--?[a-zA-Z][\\w-]*(?:=[^\\s,;)]+)?");
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w.:/-])(?:~|[A-Z]:)?(?:[/\\\\][\\w.@${}-]+){2,}[/\\\\]?|(?<![\\w.:/-])/(?:etc|var|usr|run|tmp|opt|home|proc|sys|dev|lib|bin)\\b[\\w./-]*");
    private static final Pattern PORT = Pattern.compile(
            "(?i)(?<=\\bports?\\s(?:number\\s)?)\\d{2,5}(?:/(?:tcp|udp))?|\\b\\d{2,5}/(?:tcp|udp)\\b|(?<=\\bon\\s)\\d{4,5}\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)\\b\\d+(?:[.,]\\d+)?\\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ms|milliseconds?"
                    + "|[KMGT]i?B|bytes?|%|percent|managers?|nodes?|replicas?|workers?|tasks?|cores?|CPUs?|vCPUs?|times|layers?"
                    + "|characters?|chars|bits?|MHz|GHz)\\b|\\(?N\\s?[-+]\\s?1\\)?\\s?/\\s?2(?:\\s?\\+\\s?1)?|\\(?N\\s?/\\s?2\\)?\\s?\\+\\s?1"
                    + "|\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?\\b|(?<=\\b(?:in|since|until|of)\\s)(?:19|20)\\d{2}\\b"
                    + "|(?<=\\b(?:version|Docker|Compose|API|v)\\s?)\\d+\\.\\d+(?:\\.\\d+)?\\b");
    /** "X is the default", "X (default)", "default: X", "defaults to X", "the default … is X". */
    private static final Pattern DEFAULT_AFTER = Pattern.compile("(?i)\\s+(?:is|are|was)\\s+(?:the\\s+|a\\s+)?default\\b|\\s*\\(default\\)|\\s+-\\s+default\\b|\\s+by\\s+default\\b");
    private static final Pattern DEFAULT_BEFORE = Pattern.compile("(?i)\\bdefaults?\\s+to\\s+|\\bdefault\\s*:\\s*|\\bdefault\\b[\\w\\s-]{0,40}?\\s(?:is|are)\\s+(?:the\\s+|set\\s+to\\s+)?");

    /** Every token found, in sentence order; overlapping finds keep the first, longest one. */
    static List<Token> find(String marked) {
        List<Token> all = new ArrayList<>();
        String masked = maskUrls(marked);
        Matcher code = CODE.matcher(masked);
        while (code.find()) {
            Kind kind = codeKind(code.group(1));
            if (kind != null) all.add(new Token(kind, code.start(), code.end()));
        }
        String plain = ClozeSyntax.maskCode(masked);
        emphasis(plain, all);
        find(FLAG, plain, Kind.FLAG, all);
        find(PATH, plain, Kind.PATH, all);
        find(PORT, plain, Kind.PORT, all);
        find(NUMBER, plain, Kind.NUMBER, all);
        all.sort(Comparator.comparingInt(Token::start).thenComparing(t -> -t.end()));
        List<Token> out = new ArrayList<>();
        int until = -1;
        for (Token t : all) {
            if (t.start() < until) continue;
            out.add(t);
            until = t.end();
        }
        return markDefault(plain, out);
    }

    private static Kind codeKind(String code) {
        String c = code.strip();
        if (CommandWords.isCommand(c)) return Kind.COMMAND;
        if (c.startsWith("-") && c.length() > 1 && Character.isLetter(c.charAt(c.charAt(1) == '-' ? Math.min(2, c.length() - 1) : 1))) {
            return Kind.FLAG;
        }
        if (PATH.matcher(c).lookingAt() || c.startsWith("~/") || c.startsWith("./")) return Kind.PATH;
        if (c.matches("\\d{2,5}(/(tcp|udp))?")) return Kind.PORT;
        // A term is one word ("overlay2", ".dockerignore", "ENTRYPOINT"), not an expression or a comment.
        return c.matches("[\\p{L}\\p{N}._:@/-]+") && !c.startsWith("#") && c.codePoints().anyMatch(Character::isLetter) ? Kind.TERM : null;
    }

    /** Bold or italic text of a few words: a term the author marked as the point. */
    private static void emphasis(String plain, List<Token> out) {
        for (char mark : new char[] {InlineText.STRONG, InlineText.EM}) {
            int open = -1;
            for (int i = 0; i < plain.length(); i++) {
                if (plain.charAt(i) != mark) continue;
                if (open < 0) {
                    open = i;
                    continue;
                }
                String inner = InlineText.unmark(plain.substring(open + 1, i)).strip();
                int words = Strings.words(inner);
                if (words >= 1 && words <= 5 && inner.codePoints().anyMatch(Character::isLetterOrDigit) && !TermBullet.isRemark(inner) && !Guards.isLabel(inner)) {
                    out.add(new Token(Kind.TERM, open, i + 1));
                }
                open = -1;
            }
        }
    }

    private static void find(Pattern p, String plain, Kind kind, List<Token> out) {
        Matcher m = p.matcher(plain);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:".indexOf(plain.charAt(end - 1)) >= 0) end--;
            if (end > m.start()) out.add(new Token(kind, m.start(), end));
        }
    }

    /** The token a "default" phrase points at becomes a {@link Kind#DEFAULT}. */
    private static List<Token> markDefault(String plain, List<Token> tokens) {
        if (!plain.toLowerCase(Locale.ROOT).contains("default")) return tokens;
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            String after = plain.substring(t.end(), Math.min(plain.length(), t.end() + 24));
            Matcher a = DEFAULT_AFTER.matcher(after);
            boolean isDefault = a.lookingAt();
            if (!isDefault) {
                Matcher b = DEFAULT_BEFORE.matcher(plain.substring(Math.max(0, t.start() - 60), t.start()));
                while (b.find()) isDefault = b.end() == Math.min(60, t.start());
            }
            if (isDefault) out.set(i, new Token(Kind.DEFAULT, t.start(), t.end()));
        }
        return out;
    }

    private static String maskUrls(String s) {
        Matcher m = URL.matcher(s);
        if (!m.find()) return s;
        StringBuilder sb = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, ' ');
        } while (m.find());
        return sb.toString();
    }
}
