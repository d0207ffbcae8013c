package dca.notes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fact stated as a sentence holding a specific token ("Swarm managers listen on 2377",
 * "`docker stop` sends SIGTERM, then SIGKILL after 10 seconds") becomes a cloze hiding that token:
 * one token per kind, at most two per sentence, chosen in {@link Token.Kind} order. A token the
 * context already names (the heading says "docker stop") is not hidden; a sentence too long to
 * read as a card, a question, or one that is mostly the token is not a cloze.
 */
final class FactCloze implements SentenceRule {
    static final int MAX_WORDS = 45;
    private static final int MAX_PARTS = 2;
    /** Words besides the hidden ones: fewer leave too little to recall the token from. */
    private static final int MIN_OTHER_WORDS = 5;
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile("\\{\\{[^}]*}}");

    @Override
    public String name() {
        return "fact-cloze";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        if (x.authoredClozes()) return Outcome.miss("this chapter marks its own clozes, so none is guessed");
        if (text.endsWith("?")) return Outcome.miss("a question, not a statement");
        if (text.endsWith(":")) return Outcome.miss("introduces what follows, not a fact of its own");
        int words = s.words();
        List<Token> chosen = choose(s, b.ctx(), ExampleCode.near(x, s.line()));
        // No token: the statement rule, tried next, says why it made nothing either.
        if (chosen.isEmpty()) return Outcome.PASS;
        if (words > MAX_WORDS) return Outcome.miss("sentence of " + words + " words is too long for a cloze (at most " + MAX_WORDS + ")");
        if (s.lacksContext()) return Outcome.miss(Anaphora.MISS);
        if (chosen.stream().allMatch(t -> t.kind() == Token.Kind.TERM || t.kind() == Token.Kind.NUMBER)
                && Statement.titleCase(Statement.Word.split(s.marked()))) {
            return Outcome.miss("a title, not a sentence");
        }
        String cloze = cloze(s.marked(), chosen);
        if (Strings.words(HIDDEN.matcher(ClozeSyntax.maskCode(cloze)).replaceAll(" ")) < MIN_OTHER_WORDS) {
            return Outcome.miss("too little around the token to ask about");
        }
        return x.sink().offerCloze(s.withLeadBefore(cloze), b.ctx(), s.line(), b.tagged().tags()) ? Outcome.claimed(1)
                : Outcome.miss("the same fact is already a card");
    }

    static List<Token> choose(Sentence s, Breadcrumbs ctx, String exampleCode) {
        List<Token> found = longLists(s.marked(), Token.find(s.marked()));
        List<Token> chosen = new ArrayList<>();
        Set<Token.Kind> kinds = EnumSet.noneOf(Token.Kind.class);
        int words = s.words();
        String plain = InlineText.unmark(s.marked());
        for (Token.Kind kind : Token.Kind.values()) {
            for (Token t : found) {
                if (t.kind() != kind || kinds.contains(kind) || chosen.size() >= MAX_PARTS) continue;
                String shown = shown(s.marked(), t);
                if (Strings.words(shown) * 2 > words || named(shown, ctx)) continue;
                if (giveaway(s.marked(), t, found) || example(s.marked(), t) || fromExample(shown, t.kind(), exampleCode)
                        || inSeries(s.marked(), t) || exampleName(shown) || stressed(s.marked(), t)
                        || generic(s.marked(), t)) {
                    continue;
                }
                chosen.add(t);
                kinds.add(kind);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(Token::start));
        return chosen;
    }

    /** Words written in bold or italics for stress: negations, connectives, quantifiers, comparisons, modals. */
    private static final java.util.Set<String> STRESS_WORDS = java.util.Set.of(
            "not", "no", "never", "none", "nothing", "nor", "neither", "either", "and", "or", "but", "also", "too", "only",
            "just", "even", "always", "all", "any", "every", "each", "both", "some", "most", "many", "much", "few", "more",
            "less", "least", "new", "old", "same", "different", "other", "another", "own", "one", "single", "multiple",
            "several", "first", "last", "before", "after", "inside", "outside", "within", "without", "with", "once",
            "again", "still", "yet", "already", "now", "then", "here", "there", "must", "can", "cannot", "can't", "could",
            "should", "shouldn't", "will", "won't", "would", "may", "might", "do", "don't", "does", "doesn't", "did",
            "didn't", "is", "isn't", "are", "aren't", "was", "were", "has", "have", "had", "better", "best", "worse",
            "worst", "bigger", "smaller", "larger", "faster", "slower", "higher", "lower", "easier", "harder", "safer",
            "cheaper", "longer", "shorter", "earlier", "later", "very", "really", "exactly", "entirely", "completely",
            "totally", "automatically", "explicitly", "implicitly", "directly", "immediately", "separately", "together",
            "everything", "everywhere", "anything", "anywhere", "nowhere", "important", "required", "optional", "possible",
            "impossible", "true", "false", "yes", "why", "how", "what", "when", "where", "which", "who", "this", "that",
            "these", "those", "it", "they", "you", "your", "their", "its", "unless", "until", "if", "because", "instead",
            "rather", "than", "per", "whole", "entire", "full", "empty", "main", "actual", "real", "don’t", "can’t",
            "won’t", "doesn’t", "isn’t", "shouldn’t");

    /**
     * One common word in bold or italics is stress ("is **not** removed", "*worse* than", "build
     * *and* run"), which any reader fills in from the sentence; a term (**runc**, *tmpfs*) stays a hole.
     */
    private static boolean stressed(String marked, Token t) {
        char mark = marked.charAt(t.start());
        if (mark != InlineText.STRONG && mark != InlineText.EM) return false;
        String inner = Strings.stripTrailing(InlineText.unmark(marked.substring(t.start(), t.end())).strip(), ".,;:!").toLowerCase(Locale.ROOT);
        return inner.indexOf(' ') < 0 && (STRESS_WORDS.contains(inner) || inner.endsWith("ly") && inner.length() > 4 && inner.chars().allMatch(Character::isLetter));
    }

    /** "When you type `docker run`, the CLI …": the command stands for any command; the point is what follows. */
    private static final java.util.regex.Pattern ANY_COMMAND_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:when|whenever|if|once|after|each time|every time)\\s+(?:you|a user|the user|someone)\\s+(?:(?:type|types|enter|enters|issue|issues|execute|executes)(?:\\s+(?:a|the|in|something like))?|(?:run|runs)\\s+(?:a|something like))\\s*$");
    /** "Settings > Resources > **Advanced**": the last step of a click path. */
    private static final java.util.regex.Pattern CLICK_PATH_BEFORE = java.util.regex.Pattern.compile("(?:>|→|->|»|=>)\\s*$");
    /** "**check the release notes** first": advice in bold, not a fact to recall. */
    private static final java.util.regex.Pattern ADVICE = java.util.regex.Pattern.compile(
            "(?i)(?:check|read|see|make sure|ensure|remember|try|avoid|ask|keep|look|consult|review|test|verify|double-check|follow)\\b.*");

    /** A generic phrase or a stand-in value: hiding it asks for nothing a student learns. */
    private static boolean generic(String marked, Token t) {
        String before = InlineText.unmark(marked.substring(Math.max(0, t.start() - 40), t.start()));
        if (t.kind() == Token.Kind.COMMAND && ANY_COMMAND_BEFORE.matcher(before).find()) return true;
        if (CLICK_PATH_BEFORE.matcher(before).find()) return true;
        char mark = marked.charAt(t.start());
        String inner = InlineText.unmark(marked.substring(t.start(), t.end())).strip();
        // "In {{2019}} Mirantis bought …": the year of a piece of history is trivia, not something the exam asks.
        if (YEAR.matcher(inner.replace("`", "")).matches()) return true;
        return (mark == InlineText.STRONG || mark == InlineText.EM) && inner.indexOf(' ') > 0 && ADVICE.matcher(inner).matches();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:in\\s+)?(?:19|20)\\d\\d");

    /** "such as `secrets`", "like `-p 80`", "e.g. 500 GB": an example value, not the fact. */
    private static final java.util.regex.Pattern EXAMPLE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:such as|like|e\\.g\\.?|eg\\.?|i\\.e\\.?|for example|for instance|example:?|say)[\\s,:(]*$");

    private static boolean example(String marked, Token t) {
        String before = InlineText.unmark(marked.substring(Math.max(0, t.start() - 24), t.start()));
        if (EXAMPLE_BEFORE.matcher(before).find()) return true;
        // "such as `secrets` and {{`configs`}}": a later item of the same examples.
        String wider = InlineText.unmark(marked.substring(Math.max(0, t.start() - 60), t.start()));
        return EXAMPLES_BEFORE.matcher(wider).find();
    }

    private static final java.util.regex.Pattern EXAMPLES_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:such as|like|e\\.g\\.?|for example|for instance)\\s+[^.;:!?]{1,40}?(?:,|\\band\\b|\\bor\\b)\\s*$");

    /**
     * The token is visible elsewhere on the card, so hiding it gives nothing away to recall: the same
     * word again, or a flag's other spelling beside it ("the `-v` or `--volume` flag"), or a number
     * inside another token ("`-p 80`" … "port 80"). A capitalised word before an acronym makes it part
     * of a name ("Mutual TLS"), whose other half gives it away.
     */
    private static boolean giveaway(String marked, Token t, List<Token> all) {
        String shown = InlineText.unmark(marked.substring(t.start(), t.end())).replace("`", "").strip();
        if (shown.length() < 2) return true;
        String lower = shown.toLowerCase(Locale.ROOT);
        String rest = (InlineText.unmark(marked.substring(0, t.start())) + " \u0001 " + InlineText.unmark(marked.substring(t.end())))
                .replace("`", "").toLowerCase(Locale.ROOT);
        // A visible token inside the hole gives part of it away: "`--help` … {{`docker run --help`}}".
        for (Token o : all) {
            if (o == t) continue;
            String other = InlineText.unmark(marked.substring(o.start(), o.end())).replace("`", "").strip().toLowerCase(Locale.ROOT);
            if (other.length() >= 3 && lower.contains(other) && !lower.equals(other)) return true;
            if (twins(lower, other)) return true;
        }
        if (t.kind() == Token.Kind.TERM && marked.charAt(t.start()) != '`' && wordsShown(lower, rest)) return true;
        if (insideAShownWord(lower, rest)) return true;
        // "{{docker-compose}}" beside "docker compose": the other spelling is on the card.
        if (lower.indexOf('-') > 0 && rest.contains(lower.replace('-', ' '))) return true;
        if (lower.indexOf(' ') > 0 && rest.contains(lower.replace(' ', '-'))) return true;
        int at = rest.indexOf(lower);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetterOrDigit(rest.charAt(at - 1));
            int end = at + lower.length();
            boolean right = end >= rest.length() || !Character.isLetterOrDigit(rest.charAt(end));
            if (left && right) return true;
            at = rest.indexOf(lower, at + 1);
        }
        if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.PORT) {
            // "a 10-node swarm … any of the {{10 nodes}}": the number shows elsewhere.
            String digits = shown.replaceAll("[^0-9]", "");
            if (digits.length() >= 1 && java.util.regex.Pattern.compile("(?<![\\d.])" + digits + "(?![\\d.])").matcher(rest).find()) return true;
        }
        if (t.kind() == Token.Kind.TERM && ACRONYM.matcher(shown).matches()) {
            java.util.regex.Matcher pair = ACRONYM_PAIR.matcher(InlineText.unmark(marked).replace("`", ""));
            while (pair.find()) if (java.util.Arrays.asList(pair.group().split("[^A-Za-z0-9]+")).contains(shown)) return true;
        }
        if (t.kind() == Token.Kind.FLAG) {
            for (Token o : all) {
                if (o == t || o.kind() != Token.Kind.FLAG) continue;
                String other = InlineText.unmark(marked.substring(o.start(), o.end())).replace("`", "").strip();
                if (partners(shown, other)) return true;
            }
        }
        if (t.kind() == Token.Kind.TERM && shown.equals(shown.toUpperCase(Locale.ROOT)) && t.start() > 1) {
            String before = InlineText.unmark(marked.substring(0, t.start())).stripTrailing();
            int sp = before.lastIndexOf(' ');
            String word = before.substring(sp + 1);
            if (sp > 0 && word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
                    && word.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "{{`docker volume rm`}} and `docker volume ls`", "`… join-token worker` / `… join-token manager`":
     * a visible twin that shares the hole's first words, or most of its characters, shows its shape.
     */
    private static boolean twins(String hole, String other) {
        if (hole.equals(other)) return false;
        String[] h = hole.split("\\s+");
        String[] o = other.split("\\s+");
        int same = 0;
        while (same < h.length && same < o.length && h[same].equals(o[same])) same++;
        if (same >= 2) return true;
        int prefix = 0;
        while (prefix < hole.length() && prefix < other.length() && hole.charAt(prefix) == other.charAt(prefix)) prefix++;
        return prefix >= 6 && prefix * 5 >= hole.length() * 4 && prefix * 5 >= other.length() * 4;
    }

    /** "{{Job}} / CronJob": a one-word hole that a visible word of the card is built on. */
    private static boolean insideAShownWord(String hole, String rest) {
        if (hole.length() < 3 || !hole.chars().allMatch(Character::isLetter)) return false;
        for (String w : rest.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > hole.length() && w.length() <= hole.length() + 8 && (w.startsWith(hole) || w.endsWith(hole))) return true;
        }
        return false;
    }

    /** "a `local` volume is {{local to one node}}": the phrase's first word, or most of its words, are on the card already. */
    private static boolean wordsShown(String hole, String rest) {
        if (hole.indexOf(' ') < 0) return false;
        java.util.Set<String> visible = new java.util.HashSet<>(java.util.Arrays.asList(rest.split("[^\\p{L}\\p{N}]+")));
        int content = 0;
        int shown = 0;
        for (String w : hole.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 4) continue;
            if (visible.contains(w) && content == 0) return true;
            content++;
            if (visible.contains(w)) shown++;
        }
        return content >= 2 && shown * 2 > content;
    }

    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("\\s*(?:,|;|/|,?\\s*(?:and|or))\\s*");
    private static final int LONG_LIST = 4;

    /**
     * "`ca.pem`, `cert.pem`, `key.pem` and `env.sh`": one item of a list of four or more is arbitrary
     * to hide, so the whole list becomes one token, and the cloze asks for the list.
     */
    private static List<Token> longLists(String marked, List<Token> found) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < found.size(); ) {
            int last = i;
            while (last + 1 < found.size() && LIST_GAP.matcher(marked.substring(found.get(last).end(), found.get(last + 1).start())).matches()) last++;
            if (last - i + 1 < LONG_LIST) {
                out.add(found.get(i++));
                continue;
            }
            // "Some instructions (`ENV`, `EXPOSE`, …) add metadata": examples in brackets are no list to recall.
            if (found.get(i).start() == 0 || marked.charAt(found.get(i).start() - 1) != '(') {
                out.add(new Token(found.get(i).kind(), found.get(i).start(), found.get(last).end()));
            }
            i = last + 1;
        }
        return out;
    }

    /** True when the span covers part of a list of four or more, not all of it: the hole would be an arbitrary cut. */
    static boolean cutsLongList(String marked, int start, int end) {
        List<Token> found = Token.find(marked);
        for (Token list : longLists(marked, found)) {
            if (found.contains(list)) continue;
            boolean overlaps = start < list.end() && end > list.start();
            if (overlaps && (start > list.start() || end < list.end())) return true;
        }
        return false;
    }

    /** "simple to {{build}}, ship, and run": one item of a series, which the others give away or could replace. */
    private static boolean inSeries(String marked, Token t) {
        if (t.kind() != Token.Kind.TERM && t.kind() != Token.Kind.NUMBER) return false;
        String plain = InlineText.unmark(marked);
        String after = InlineText.unmark(marked.substring(t.end()));
        String before = InlineText.unmark(marked.substring(0, t.start()));
        boolean commaAfter = after.startsWith(",") && SERIES_END.matcher(after).find();
        boolean commaBefore = before.stripTrailing().endsWith(",") || SERIES_TAIL.matcher(before).find();
        return (commaAfter || commaBefore) && plain.chars().filter(c -> c == ',').count() >= 2;
    }

    private static final java.util.regex.Pattern SERIES_END = java.util.regex.Pattern.compile("^,[^,.;]{1,30},?\\s+(?:and|or)\\s");
    private static final java.util.regex.Pattern SERIES_TAIL = java.util.regex.Pattern.compile(",[^,.;]{1,30},?\\s+(?:and|or)\\s+$");
    /** Names made up for an example ("my-net", "myvolume", "test-app", "foo"), and files of the example's own code. */
    private static final java.util.regex.Pattern EXAMPLE_NAME = java.util.regex.Pattern.compile(
            "(?i)`?(?:my|test|demo|example|sample|foo|bar|baz|hello)[-_]?[a-z0-9-]*`?"
                    + "|`?[\\w-]+\\.(?:js|py|go|java|rb|php|html|css|txt|ts|sh|Dockerfile|dockerfile)`?");
    private static final java.util.Set<String> KNOWN_FILES = java.util.Set.of("daemon.json", "config.json", "key.json",
            "docker-compose.yml", "docker-compose.yaml", "compose.yaml", "compose.yml", "docker.service", "docker.socket",
            "dockerfile", ".dockerignore", "hosts", "resolv.conf", "config.yml");

    private static boolean exampleName(String shown) {
        String t = shown.replace("`", "").strip();
        if (KNOWN_FILES.contains(t.toLowerCase(Locale.ROOT))) return false;
        return EXAMPLE_NAME.matcher(shown).matches();
    }

    private static final java.util.List<String> DOCKER_PATHS = java.util.List.of("/var/lib/docker", "/run/secrets", "/etc/docker",
            "/var/run/docker", "/run/docker", "/usr/bin/docker", "/etc/systemd", "/lib/systemd", "~/.docker", "/proc", "/sys/fs/cgroup");
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(\\d+)\\s*([A-Za-z]+)");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,6}s?");
    /** "DTR and UCP", "UCP & DTR", "UCP/DTR": two products named together, either of which fits the hole. */
    private static final java.util.regex.Pattern ACRONYM_PAIR = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Z0-9]{1,6}\\s*(?:and|or|&|/|,)\\s*[A-Z][A-Z0-9]{1,6}\\b");

    /** True when the sentence names a file, name or value of the example code above it, or an example's own file. */
    static boolean aboutExample(String marked, String exampleCode) {
        for (Token t : Token.find(marked)) {
            String shown = shown(marked, t);
            if (exampleName(shown) || t.kind() != Token.Kind.COMMAND && t.kind() != Token.Kind.FLAG && fromExample(shown, t.kind(), exampleCode)) {
                return true;
            }
        }
        return false;
    }

    /** "-v" and "--volume", "-f" and "--force": the short and the long spelling of one flag. */
    private static boolean partners(String a, String b) {
        String s = a.startsWith("--") ? b : a;
        String l = a.startsWith("--") ? a : b;
        if (!l.startsWith("--") || s.startsWith("--") || s.length() < 2) return false;
        return Character.toLowerCase(s.charAt(1)) == Character.toLowerCase(l.charAt(2));
    }

    /** A path, port, number or name that the example code above the sentence defines: the example's, not Docker's. */
    private static boolean fromExample(String shown, Token.Kind kind, String exampleCode) {
        if (exampleCode.isEmpty() || kind == Token.Kind.COMMAND || kind == Token.Kind.FLAG || kind == Token.Kind.DEFAULT) return false;
        String t = shown.replace("`", "").strip();
        // Docker's own places keep their point even when the example uses them ("/run/secrets/db_pass").
        for (String root : DOCKER_PATHS) if (t.startsWith(root)) return false;
        java.util.regex.Matcher counted = COUNT.matcher(t);
        if (kind == Token.Kind.NUMBER && counted.matches()) {
            // "5 replicas" when the example above says "--replicas=5".
            String unit = counted.group(2).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
            String n = counted.group(1);
            return java.util.regex.Pattern.compile("(?i)" + java.util.regex.Pattern.quote(unit) + "s?[=\\s:]+" + n + "\\b|\\b" + n + "\\s*"
                    + java.util.regex.Pattern.quote(unit)).matcher(exampleCode).find();
        }
        if (t.length() < 2) return false;
        int at = exampleCode.indexOf(t);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetterOrDigit(exampleCode.charAt(at - 1));
            int end = at + t.length();
            boolean right = end >= exampleCode.length() || !Character.isLetterOrDigit(exampleCode.charAt(end));
            if (left && right) return true;
            at = exampleCode.indexOf(t, at + 1);
        }
        return false;
    }

    /** The token as the card shows it: code keeps its backticks, emphasis loses its marks. */
    static String shown(String marked, Token t) {
        return InlineText.unmark(marked.substring(t.start(), t.end())).strip();
    }

    /** True when a crumb of the context already says the token (the card would give itself away). */
    private static boolean named(String shown, Breadcrumbs ctx) {
        String t = shown.replace("`", "").toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) return true;
        for (String crumb : ctx.path()) {
            if (crumb.replace("`", "").toLowerCase(Locale.ROOT).contains(t)) return true;
        }
        return false;
    }

    /** The sentence with each chosen token wrapped in {@code {{ }}} and emphasis marks removed. */
    static String cloze(String marked, List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Token t : tokens) {
            sb.append(marked, last, t.start()).append("{{").append(shown(marked, t)).append("}}");
            last = t.end();
        }
        sb.append(marked.substring(last));
        return InlineText.unmark(sb.toString()).strip();
    }
}
