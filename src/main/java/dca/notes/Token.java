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

    private static final Pattern PORT_CODE = Pattern.compile("\\d{2,5}(/(tcp|udp))?");
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}._:@/-]+");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|tcp|unix|ssh|npipe)://\\S+");
    // Each pattern is tried only where its token can start (scan), so none needs a look-behind.
    private static final Pattern FLAG = Pattern.compile("--?[a-zA-Z][\\w-]*(?:=[^\\s,;)]+)?");
    private static final Pattern PATH = Pattern.compile(
            "(?:~|[A-Z]:)?(?:[/\\\\][\\w.@${}-]+){2,}[/\\\\]?|/(?:etc|var|usr|run|tmp|opt|home|proc|sys|dev|lib|bin)\\b[\\w./-]*");
    private static final Pattern PORT_SUFFIXED = Pattern.compile("(?i)\\d{2,5}/(?:tcp|udp)\\b");
    private static final Pattern PORT_NUMBER = Pattern.compile("(?i)\\d{2,5}(?:/(?:tcp|udp))?\\b");
    private static final Pattern UNIT_NUMBER = Pattern.compile(
            "(?i)\\d+(?:[.,]\\d+)?\\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ms|milliseconds?"
                    + "|[KMGT]i?B|bytes?|%|percent|managers?|nodes?|replicas?|workers?|tasks?|cores?|CPUs?|vCPUs?|times|layers?"
                    + "|characters?|chars|bits?|MHz|GHz)\\b");
    /** "(3-5)", "25-100GB", "1–3 managers": a range, with or without its unit. */
    private static final Pattern RANGE = Pattern.compile(
            "(?i)\\d+(?:\\.\\d+)?\\s?[-–]\\s?\\d+(?:\\.\\d+)?(?:\\s?(?:seconds?|secs?|minutes?|mins?|hours?|days?|[KMGT]i?B|%|managers?"
                    + "|nodes?|replicas?|workers?|cores?|CPUs?|vCPUs?))?\\b");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,6}\\b");
    /** Words after which a bare number is the point: "more than 7", "at least 3", "a maximum of 5". */
    private static final java.util.Set<String> BEFORE_COUNT = java.util.Set.of("than", "least", "most", "maximum", "minimum",
            "max", "min", "limit", "exactly", "only");
    /** Words after which a bare number is a value being stated: "the default port is 2377", "set to 10". */
    private static final java.util.Set<String> BEFORE_VALUE = java.util.Set.of("is", "are", "to", "of", "be");
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?\\b");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\b");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)?\\b");
    /** Raft's fault tolerance and quorum: (N-1)/2 and N/2+1. */
    private static final Pattern FORMULA = Pattern.compile("\\(?N\\s?[-+]\\s?1\\)?\\s?/\\s?2(?:\\s?\\+\\s?1)?|\\(?N\\s?/\\s?2\\)?\\s?\\+\\s?1");
    private static final java.util.Set<String> BEFORE_YEAR = java.util.Set.of("in", "since", "until", "of");
    private static final java.util.Set<String> BEFORE_VERSION = java.util.Set.of("version", "docker", "compose", "api", "v");
    /** "X is the default", "X (default)", "default: X", "defaults to X", "the default … is X". */
    private static final Pattern DEFAULT_AFTER = Pattern.compile("(?i)\\s+(?:is|are|was)\\s+(?:the\\s+|a\\s+)?default\\b|\\s*\\(default\\)|\\s+-\\s+default\\b|\\s+by\\s+default\\b");
    private static final Pattern DEFAULT_BEFORE = Pattern.compile("(?i)\\bdefaults?\\s+to\\s+|\\bdefault\\s*:\\s*|\\bdefault\\b[\\w\\s-]{0,40}?\\s(?:is|are)\\s+(?:the\\s+|set\\s+to\\s+)?");

    /** Every token found, in sentence order; overlapping finds keep the first, longest one. */
    static List<Token> find(String marked) {
        if (!mayHold(marked)) return List.of();
        List<Token> all = new ArrayList<>();
        String masked = maskUrls(marked);
        Matcher code = CODE.matcher(masked);
        while (code.find()) {
            Kind kind = codeKind(code.group(1));
            if (kind != null) all.add(new Token(kind, code.start(), code.end()));
        }
        String plain = ClozeSyntax.maskCode(masked);
        emphasis(plain, all);
        scan(plain, all);
        if (all.isEmpty() && Strings.words(plain) >= MIN_ACRONYM_SENTENCE) acronyms(plain, all);
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

    /** False when no token can be in the text: no code, digit, flag, path, emphasis or acronym. Most prose is skipped here. */
    static boolean mayHold(String marked) {
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '`' || c == '/' || c == '\\' || c == '-' || c == InlineText.STRONG || c == InlineText.EM
                    || c >= '0' && c <= '9' || i > 0 && Character.isUpperCase(c) && Character.isUpperCase(marked.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static Kind codeKind(String code) {
        String c = code.strip();
        if (CommandWords.isCommand(c)) return Kind.COMMAND;
        if (c.startsWith("-") && c.length() > 1 && Character.isLetter(c.charAt(c.charAt(1) == '-' ? Math.min(2, c.length() - 1) : 1))) {
            return Kind.FLAG;
        }
        if (PATH.matcher(c).lookingAt() || c.startsWith("~/") || c.startsWith("./")) return Kind.PATH;
        if (PORT_CODE.matcher(c).matches()) return Kind.PORT;
        // A term is one word ("overlay2", ".dockerignore", "ENTRYPOINT"), not an expression or a comment.
        return ONE_WORD.matcher(c).matches() && !c.startsWith("#") && c.codePoints().anyMatch(Character::isLetter) ? Kind.TERM : null;
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
                // "**Pre-requisites:**", "**Fact 1**:" label a line; they are not the term to recall.
                boolean label = inner.endsWith(":") || i + 1 < plain.length() && plain.charAt(i + 1) == ':'
                        && plain.substring(0, open).isBlank();
                if (words >= 1 && words <= 5 && inner.codePoints().anyMatch(Character::isLetterOrDigit) && !TermBullet.isRemark(inner)
                        && !Guards.isLabel(inner) && !label) {
                    out.add(new Token(Kind.TERM, open, i + 1));
                }
                open = -1;
            }
        }
    }

    /** Acronyms too common to be the point of a sentence. */
    private static final java.util.Set<String> COMMON_ACRONYMS = java.util.Set.of("I", "OK", "US", "ID", "IDS", "IT", "UI", "API",
            "CLI", "OS", "PC", "FAQ", "TODO", "TBD", "NOTE", "AND", "OR", "NOT", "THE", "FOR", "ETC", "IE", "EG", "VS", "DCA", "EE", "CE",
            // words written in capitals for emphasis, and abbreviations every reader knows
            "ALL", "ONLY", "MUST", "NEVER", "NO", "YES", "ANY", "NEW", "OLD", "ONE", "TWO", "DON", "DO", "IS", "ARE", "BUT", "WILL",
            "YAML", "JSON", "XML", "HTML", "URL", "IP", "VM", "CPU", "RAM", "HTTP", "HTTPS", "SSH", "SEO", "PDF", "USB", "GUI", "UX", "DB",
            "SQL", "AWS", "GCP", "CI", "CD", "IO", "IDE", "SDK", "GB", "MB", "KB", "TB", "PR", "QA", "README", "WSL", "REST", "APP",
            "TCP", "UDP");

    /**
     * In a sentence with no other token, an acronym (DNS, VXLAN, MTU, seccomp's BPF) is what it turns
     * on: the term a student would be asked to recall. Not the sentence's first word, not a common one.
     */
    private static final int MIN_ACRONYM_SENTENCE = 6;

    private static void acronyms(String plain, List<Token> out) {
        int n = plain.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(plain.charAt(i)) || i > 0 && wordChar(plain.charAt(i - 1))) continue;
            int j = i;
            while (j < n && (Character.isUpperCase(plain.charAt(j)) || Character.isDigit(plain.charAt(j)))) j++;
            boolean word = j - i >= 2 && j - i <= 6 && (j >= n || !Character.isLetterOrDigit(plain.charAt(j)) || plain.charAt(j) == 's');
            String a = plain.substring(i, j);
            // One spelled out beside it, "(CNM)" or "CNM (…)", is the abbreviation rule's card.
            boolean spelled = i > 0 && plain.charAt(i - 1) == '(' || plain.startsWith(" (", j);
            if (word && !spelled && !COMMON_ACRONYMS.contains(a) && plain.substring(0, i).strip().length() > 0
                    && a.chars().anyMatch(Character::isLetter)) {
                out.add(new Token(Kind.TERM, i, j));
            }
            i = j;
        }
    }

    /** Flags, paths, ports and numbers, each pattern tried only where such a token can start. */
    private static void scan(String plain, List<Token> out) {
        int n = plain.length();
        Matcher flag = FLAG.matcher(plain);
        Matcher path = PATH.matcher(plain);
        Matcher suffixed = PORT_SUFFIXED.matcher(plain);
        Matcher port = PORT_NUMBER.matcher(plain);
        Matcher unit = UNIT_NUMBER.matcher(plain);
        Matcher address = ADDRESS.matcher(plain);
        Matcher year = YEAR.matcher(plain);
        Matcher version = VERSION.matcher(plain);
        Matcher formula = FORMULA.matcher(plain);
        Matcher range = RANGE.matcher(plain);
        Matcher bare = BARE_NUMBER.matcher(plain);
        for (int i = 0; i < n; i++) {
            char c = plain.charAt(i);
            char prev = i > 0 ? plain.charAt(i - 1) : ' ';
            int end = -1;
            Kind kind = null;
            if (c == '-' && !wordChar(prev) && prev != '-') {
                if (at(flag, i)) {
                    end = flag.end();
                    kind = Kind.FLAG;
                }
            } else if ((c == '/' || c == '\\' || c == '~' || Character.isUpperCase(c) && i + 1 < n && plain.charAt(i + 1) == ':')
                    && !wordChar(prev) && ".:/-".indexOf(prev) < 0) {
                if (at(path, i)) {
                    end = path.end();
                    kind = Kind.PATH;
                }
            } else if (c >= '0' && c <= '9' && !wordChar(prev) && prev != '.') {
                String before = wordBefore(plain, i);
                kind = Kind.NUMBER;
                if (at(address, i)) {
                    end = address.end();
                } else if (at(suffixed, i)) {
                    end = suffixed.end();
                    kind = Kind.PORT;
                } else if (portWord(plain, i, before) && at(port, i) && (!before.equals("on") || port.end() - i >= 4)) {
                    end = port.end();
                    kind = Kind.PORT;
                } else if (at(unit, i)) {
                    end = unit.end();
                } else if (BEFORE_YEAR.contains(before) && at(year, i)) {
                    end = year.end();
                } else if ((BEFORE_VERSION.contains(before) || prev == 'v') && at(version, i)) {
                    end = version.end();
                } else if (at(range, i) && !yearRange(range.group())) {
                    end = range.end();
                } else if (at(bare, i) && bareCounts(plain, i, before)) {
                    end = bare.end();
                    if (bare.end() - i >= 2 && bare.end() - i <= 5 && plain.toLowerCase(Locale.ROOT).contains("port")) kind = Kind.PORT;
                }
            } else if ((c == '(' || c == 'N') && !wordChar(prev) && at(formula, i)) {
                end = formula.end();
                kind = Kind.NUMBER;
            }
            if (end > i) {
                while (end > i && ".,;:".indexOf(plain.charAt(end - 1)) >= 0) end--;
                out.add(new Token(kind, i, end));
                i = end - 1;
            }
        }
    }

    /** "2017-2019" is a span of years, not a range to learn. */
    private static boolean yearRange(String range) {
        return range.matches("(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)?\\d{2}");
    }

    /**
     * A bare number is the point of a sentence when it follows a word of quantity ("more than 7"),
     * when it opens the sentence as its subject ("5 is the usual count"), or when the sentence says
     * it is a default or a port ("the default port is 2377").
     */
    private static boolean bareCounts(String plain, int i, String before) {
        if (BEFORE_COUNT.contains(before)) return true;
        if (plain.substring(0, i).isBlank()) return plain.startsWith(" is ", bareEnd(plain, i)) || plain.startsWith(" are ", bareEnd(plain, i));
        if (!BEFORE_VALUE.contains(before) && !(i > 0 && (plain.charAt(i - 1) == '=' || plain.charAt(i - 1) == ':')
                || i > 1 && plain.charAt(i - 1) == ' ' && (plain.charAt(i - 2) == '=' || plain.charAt(i - 2) == ':'))) {
            return false;
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        int d = lower.indexOf("default");
        return d >= 0 && d < i || lower.contains("port");
    }

    private static int bareEnd(String plain, int i) {
        int j = i;
        while (j < plain.length() && Character.isDigit(plain.charAt(j))) j++;
        return j;
    }

    private static boolean at(Matcher m, int i) {
        m.region(i, m.regionEnd() < i ? i : m.regionEnd());
        m.useTransparentBounds(true);
        return m.lookingAt();
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** "port 2377", "ports 80 and 443", "port number 2376", "listens on 2377". */
    private static boolean portWord(String plain, int i, String before) {
        if (before.equals("port") || before.equals("ports") || before.equals("on")) return true;
        if (!before.equals("number")) return false;
        int j = i - 1;
        while (j >= 0 && plain.charAt(j) == ' ') j--;
        return wordBefore(plain, j - "number".length() + 1).equals("port");
    }

    /** The word right before position {@code i} (one space between), lower case; "" when there is none. */
    private static String wordBefore(String plain, int i) {
        int j = i - 1;
        if (j < 0 || plain.charAt(j) != ' ') return j >= 0 && plain.charAt(j) == 'v' && (j == 0 || !wordChar(plain.charAt(j - 1))) ? "v" : "";
        while (j >= 0 && plain.charAt(j) == ' ') j--;
        int end = j + 1;
        while (j >= 0 && Character.isLetter(plain.charAt(j))) j--;
        return plain.substring(j + 1, end).toLowerCase(Locale.ROOT);
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
