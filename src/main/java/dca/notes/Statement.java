package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A statement about a subject with no specific token to hide ("Anonymous volumes are created
 * automatically and may be harder to manage", "Docker Content Trust lets you sign images"): a cloze
 * that keeps the subject and its verb as the question and hides what is said of it, up to the
 * first clause break ("Containers run until {{the main process exits}}"). The subject must be a
 * short noun phrase at the start, not a pronoun, a subordinate clause or a pointer back.
 */
final class Statement implements SentenceRule {
    static final int MIN_WORDS = 5;
    static final int MAX_WORDS = 35;
    private static final int MAX_SUBJECT_WORDS = 8;
    private static final int MIN_HIDDEN_WORDS = 2;
    private static final int MAX_HIDDEN_WORDS = 16;

    /** Words that open something other than a subject: a clause, a pronoun, a quantifier, a connective. */
    private static final Set<String> NOT_SUBJECT_START = Set.of("if", "when", "whenever", "while", "because", "although",
            "though", "once", "after", "before", "since", "as", "unless", "until", "to", "for", "in", "on", "at", "with", "by",
            "from", "without", "within", "into", "during", "so", "but", "and", "or", "then", "also", "however", "otherwise",
            "there", "here", "it", "its", "it's", "this", "that", "these", "those", "they", "them", "their", "you", "your", "we",
            "our", "i", "he", "she", "one", "any", "no", "not", "only", "just", "now", "yes",
            "either", "neither", "such", "what", "which", "who", "whom", "how", "why", "where", "more",
            "less", "few", "other", "another", "same", "above", "below", "following", "next", "last", "first", "second",
            "example", "e.g", "eg", "i.e", "ie", "etc", "note", "remember", "make", "be", "let", "let's", "please", "always",
            "never", "often", "usually", "sometimes", "again", "even", "still", "thus", "hence", "therefore", "instead",
            "besides", "finally", "basically", "essentially", "generally", "typically", "actually", "really", "maybe",
            "perhaps", "about", "like", "unlike", "via", "using", "per", "over", "under", "between", "through", "against",
            "among", "around", "up", "down", "out", "off", "yet", "nor", "whether", "good", "bad", "great", "very", "whats",
            "what's");
    /** Nouns that point back at something named before ("The command", "The output"), not a subject worth a card. */
    private static final Set<String> POINTERS = Set.of("command", "commands", "flag", "option", "result", "results", "output",
            "file", "example", "above", "below", "following", "same", "rest", "thing", "things", "one", "ones", "way", "idea",
            "point", "reason", "answer", "problem", "solution", "difference", "case", "step", "steps", "goal", "trick",
            "catch", "previous", "latter", "former", "screenshot", "picture", "image above", "lab", "demo", "app", "sample",
            "exercise", "course", "book", "author", "video", "chapter", "section", "page", "slide", "question", "exam", "test",
            "answers", "questions", "notes", "links", "resources", "repo", "repository", "requests", "contributions",
            "feedback", "suggestions", "prs", "issues");
    /** Auxiliaries and the copula: a subject ends before them. */
    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "be", "been", "being", "can", "cannot", "can't",
            "could", "couldn't", "must", "mustn't", "should", "shouldn't", "will", "won't", "would", "wouldn't", "may", "might",
            "does", "doesn't", "do", "don't", "did", "didn't", "has", "hasn't", "have", "haven't", "had", "isn't", "aren't",
            "wasn't", "weren't", "needs", "need", "shall");
    /** Adverbs that may sit inside a verb group ("can also be", "is not", "only supports"). */
    private static final Set<String> ADVERBS = Set.of("not", "never", "always", "only", "also", "still", "usually", "often",
            "automatically", "even", "just", "now", "then", "typically", "generally", "actually", "really", "all", "both",
            "simply", "directly", "first", "already", "no", "longer", "mostly", "mainly", "primarily", "normally", "commonly",
            "sometimes", "rarely", "easily", "quickly");
    /** Words that, right after the verb, belong with it in the question ("run until", "based on", "lets you"). */
    private static final Set<String> PARTICLES = Set.of("to", "for", "with", "until", "on", "in", "into", "from", "by", "as",
            "between", "across", "over", "through", "without", "at", "up", "out", "down", "off", "away", "of", "onto", "upon",
            "you", "us", "them", "it", "the", "a", "an", "back", "about", "like", "than");
    /** A copula followed by these reads as "X is a …": the definition rule's; here the verb group ends at the copula. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "several", "many", "some",
            "any", "no", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "each", "every");
    /** Hidden parts that say nothing of their own. */
    private static final Set<String> EMPTY_WORDS = Set.of("a", "an", "the", "it", "this", "that", "them", "they", "these",
            "those", "there", "here", "so", "too", "also", "very", "more", "less", "much", "many", "well", "good", "bad", "done",
            "used", "true", "false", "yes", "no", "fine", "ok", "okay", "possible", "important", "useful", "needed", "required",
            "different", "same", "etc", "and", "or", "of", "to", "in", "on", "for", "with", "be", "is", "are", "not", "now",
            "any", "some", "all", "every", "each", "number", "thing", "things", "stuff");

    private static final String NOTHING = "no number, port, path, flag, command, default or marked term to hide";

    @Override
    public String name() {
        return "statement";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        if (x.authoredClozes()) return Outcome.miss("this chapter marks its own clozes, so none is guessed");
        if (text.endsWith("?") || text.endsWith(":")) return Outcome.PASS;
        int words = s.words();
        if (words < MIN_WORDS) return Outcome.miss(NOTHING + " (too short to be a statement)");
        if (words > MAX_WORDS) return Outcome.miss(NOTHING + " (a statement of " + words + " words is too long; at most " + MAX_WORDS + ")");
        if (text.contains("{{") || text.contains("::") || text.contains("==")) return Outcome.PASS;
        List<Word> w = Word.split(s.marked());
        Split split = split(w);
        if (split == null) return Outcome.miss(NOTHING + ", and no subject with its verb at the start to ask about");
        Word from = w.get(split.hiddenFrom());
        Word to = w.get(split.hiddenTo() - 1);
        Token hidden = new Token(Token.Kind.TERM, from.start(), to.end());
        if (FactCloze.cutsLongList(s.marked(), from.start(), to.end())) return Outcome.miss("would hide part of a list, not all of it");
        if (s.lacksContext()) return Outcome.miss(Anaphora.MISS);
        if (FactCloze.aboutExample(s.marked(), ExampleCode.near(x, s.line()))) return Outcome.miss("about the example's own names and files");
        String cloze = s.withLeadBefore(FactCloze.cloze(s.marked(), List.of(hidden)));
        return x.sink().offerCloze(cloze, b.ctx(), s.line(), b.tagged().tags()) ? Outcome.claimed(1)
                : Outcome.miss("the same fact is already a card");
    }

    /** An auxiliary or the copula. */
    static boolean isVerbWord(String lower) {
        return AUX.contains(lower);
    }

    /** Word indexes: the visible subject and verb end at {@code hiddenFrom}; the hidden part runs to {@code hiddenTo}. */
    record Split(int hiddenFrom, int hiddenTo) {}

    /**
     * Where the visible part ends and how far the hidden part runs, or null when it is no statement.
     * A leading clause ("When you run a container without a network, …", "By default, …") stays
     * visible: the main clause after it is read as a statement, else hidden whole after a condition.
     */
    static Split split(List<Word> all) {
        // "⚠️ You cannot …": symbols before the first word are not part of the sentence.
        int lead = 0;
        while (lead < all.size() && all.get(lead).raw().codePoints().noneMatch(Character::isLetterOrDigit)) lead++;
        if (lead > 0) {
            Split s = split(all.subList(lead, all.size()));
            return s == null ? null : new Split(s.hiddenFrom() + lead, s.hiddenTo() + lead);
        }
        List<Word> w = all;
        if (w.size() < MIN_WORDS || titleCase(w)) return null;
        int main = mainClause(w);
        if (main > 0) {
            List<Word> rest = w.subList(main, w.size());
            Split s = subject(rest, 3);
            if (s == null) s = pronoun(rest);
            if (s == null && CONDITIONS.contains(w.get(0).lower())) s = whole(rest);
            return s == null ? null : new Split(s.hiddenFrom() + main, s.hiddenTo() + main);
        }
        Split s = subject(w, MIN_WORDS);
        return s != null ? s : pronoun(w);
    }

    /** After "If …, " or "By default, ": the index of the main clause's first word; 0 when there is no such lead. */
    private static int mainClause(List<Word> w) {
        String first = w.get(0).lower();
        boolean condition = CONDITIONS.contains(first);
        if (!condition && !LEADS.contains(first)) return 0;
        int limit = condition ? 20 : 5;
        for (int k = 0; k < w.size() - 3 && k < limit; k++) {
            Word word = w.get(k);
            if (InlineText.unmark(word.raw()).endsWith(",") && !CONJUNCTIONS.contains(w.get(k + 1).lower())) return k + 1;
        }
        return 0;
    }

    /** The whole main clause after a condition: "If a node fails, {{its tasks are rescheduled}}". */
    private static Split whole(List<Word> w) {
        if (w.size() < 3 || CONJUNCTIONS.contains(w.get(0).lower())) return null;
        // "If Hyper-V is enabled, restart the machine": a step, not a consequence.
        if (Verbs.isBase(w.get(0).lower()) || IMPERATIVES.contains(w.get(0).lower())) return null;
        int end = 0;
        while (end < w.size()) {
            end++;
            if (w.get(end - 1).breaksAfter() && end >= 3) break;
        }
        if (end > MAX_HIDDEN_WORDS) return null;
        boolean content = false;
        for (int k = 0; k < end; k++) content |= !EMPTY_WORDS.contains(w.get(k).lower()) && w.get(k).lower().length() > 2;
        return content ? new Split(0, end) : null;
    }

    /**
     * "It's best to {{stop a container before removing it}}", "You cannot remove {{volumes that are in
     * use}}": a statement whose subject is "it" or "you" hides what follows the verb, or the means
     * ("by deleting its tags").
     */
    private static Split pronoun(List<Word> w) {
        if (w.size() < 4) return null;
        String first = w.get(0).lower();
        int i;
        if (first.equals("it's") || first.equals("it") && w.get(1).lower().equals("is")) {
            i = first.equals("it") ? 2 : 1;
            while (i < w.size() && ADVERBS.contains(w.get(i).lower())) i++;
            int to = -1;
            for (int k = i; k < w.size() - 1 && k <= i + 4; k++) {
                if (w.get(k - 1).breaksAfter()) return null;
                if (w.get(k).lower().equals("to")) {
                    to = k;
                    break;
                }
            }
            // "It's enough to know that …": about studying, not about Docker.
            if (to >= 0 && STUDY_VERBS.contains(w.get(to + 1).lower())) return null;
            if (to < 0 || !(Verbs.isBase(w.get(to + 1).lower()) || w.get(to + 1).lower().equals("be")
                    || Verbs.isFinite(w.get(to + 1).lower()) && !w.get(to + 1).lower().endsWith("s"))) {
                return null;
            }
            i = to + 1;
        } else if (first.equals("you") && YOU_MODALS.contains(w.get(1).lower())) {
            i = 2;
            while (i < w.size() && (ADVERBS.contains(w.get(i).lower()) || w.get(i).lower().equals("to")
                    || w.get(i).lower().equals("be"))) {
                i++;
            }
            if (i >= w.size() || w.get(i - 1).breaksAfter() || STUDY_VERBS.contains(w.get(i).lower())) return null;
            i++;
            while (i < w.size() - 1 && !w.get(i - 1).breaksAfter() && PARTICLES.contains(w.get(i).lower())
                    && !DETERMINERS.contains(w.get(i).lower())) {
                i++;
            }
        } else {
            return null;
        }
        if (i >= w.size()) return null;
        int end = spanEnd(w, i);
        // The means is the better thing to hide: "You can delete an image {{by deleting its tags}}".
        for (int k = i + 1; k < end - 1; k++) {
            if (MEANS.contains(w.get(k).lower()) && end - k >= 3) {
                i = k;
                break;
            }
        }
        return hiddenReads(w, 1, i, end) ? new Split(i, end) : null;
    }

    /** A subject of a few words, its verb, and what is said of it. */
    private static Split subject(List<Word> w, int minWords) {
        if (w.size() < minWords) return null;
        String first = w.get(0).lower();
        if (first.isEmpty() || NOT_SUBJECT_START.contains(first) || IMPERATIVES.contains(first)) return null;
        if (w.get(0).code() && !w.get(0).name() || !Character.isLetter(w.get(0).bare().charAt(0)) && !w.get(0).code()) return null;
        if (AUX.contains(first) || ADVERBS.contains(first) && !QUANTIFIERS.contains(first)) return null;
        // "Each image gets …", "All containers share …": a quantifier before a noun, not "All of them".
        if (QUANTIFIERS.contains(first) && (DETERMINERS.contains(w.get(1).lower()) || PARTICLES.contains(w.get(1).lower())
                || AUX.contains(w.get(1).lower()))) {
            return null;
        }
        // "Create a volume …", "Use volumes for data": an instruction; "Bind mounts depend on …" names a thing.
        String second = w.get(1).lower();
        if (Verbs.isBase(first) && !w.get(0).name() && (DETERMINERS.contains(second) || PARTICLES.contains(second)
                || second.endsWith("'s") || w.get(1).raw().endsWith("\u2019s"))) {
            return null;
        }
        int verb = verb(w);
        if (verb < 0) return null;
        String last = w.get(verb - 1).lower();
        if (POINTERS.contains(last) || first.equals("the") && verb == 2 && POINTERS.contains(w.get(1).lower())) return null;
        for (int k = 0; k < verb; k++) {
            String raw = w.get(k).raw();
            if (raw.indexOf('"') >= 0 || raw.indexOf('\u201C') >= 0) return null;
        }
        int i = afterVerbGroup(w, verb);
        if (i < 2 || i >= w.size()) return null;
        // "can be attached {{and detached …}}", "is enabled {{by default}}": the participle belongs to what is hidden.
        String next = w.get(i).lower();
        int participle = i - 1;
        while (participle > verb && PARTICLES.contains(w.get(participle).lower())) participle--;
        if (participle > verb && Verbs.isParticiple(w.get(participle).lower()) && (next.equals("and") || next.equals("or")
                || w.size() - i <= 2)) {
            i = participle;
        }
        int end = spanEnd(w, i);
        // A reason said after the fact is the better thing to hide: "start fast {{because …}}".
        for (int k = i + 1; k < end - 1; k++) {
            if (w.get(k).lower().equals("because") && end - k >= 3) {
                i = k;
                break;
            }
        }
        return hiddenReads(w, verb, i, end) ? new Split(i, end) : null;
    }

    /** The word that starts the predicate, after a subject of at most a few words; -1 when there is none. */
    private static int verb(List<Word> w) {
        boolean aside = false;
        for (int i = 1; i < w.size() && i <= MAX_SUBJECT_WORDS; i++) {
            if (w.get(i - 1).breaksAfter() && !(aside && w.get(i - 1).raw().endsWith(")"))) {
                // "The Docker daemon (dockerd) sits above containerd": a short aside in brackets stays in the subject.
                int close = aside(w, i);
                if (close < 0) return -1;
                i = close;
                aside = true;
                continue;
            }
            aside = false;
            Word word = w.get(i);
            String l = word.lower();
            if (AUX.contains(l)) return i;
            if (Verbs.CLAUSE_WORDS.contains(l) || l.equals("to")) return -1;
            if (!mayBeVerb(w, i)) continue;
            // "Bind mounts depend on …": a plural noun that looks like a verb, when a plain verb follows it.
            if (l.endsWith("s") && i + 2 < w.size() && !w.get(i).breaksAfter() && Verbs.isBase(w.get(i + 1).lower())
                    && Character.isLowerCase(w.get(i + 1).bare().charAt(0)) && OPENERS.contains(w.get(i + 2).lower())) {
                return i + 1;
            }
            // "Hubs and switches do not …", "A grant is …": a noun that could be a verb, when an auxiliary follows.
            for (int k = i + 1; k <= i + 3 && k < w.size() && !w.get(k - 1).breaksAfter(); k++) {
                if (AUX.contains(w.get(k).lower()) && !l.endsWith("ed")) return k;
                if (Verbs.CLAUSE_WORDS.contains(w.get(k).lower())) break;
            }
            // "Containers created on a user-defined network can …": a participle after the subject qualifies it.
            if (l.endsWith("ed")) {
                for (int k = i + 1; k < w.size() && k <= i + 8; k++) {
                    if (w.get(k - 1).breaksAfter() || Verbs.CLAUSE_WORDS.contains(w.get(k).lower())) break;
                    String next = w.get(k).lower();
                    if (AUX.contains(next) || next.endsWith("s") && !next.endsWith("ss") && mayBeVerb(w, k) && !Verbs.isBase(next)
                            || Verbs.isBase(next) && plural(w.get(i - 1).lower()) && mayBeVerb(w, k)) {
                        return k;
                    }
                }
            }
            return i;
        }
        return -1;
    }

    /** When {@code w[i]} opens a bracket closed within a few words, the index of the closing word; else -1. */
    private static int aside(List<Word> w, int i) {
        if (!w.get(i).raw().startsWith("(") || InlineText.unmark(w.get(i - 1).raw()).endsWith(",")) return -1;
        for (int k = i; k < w.size() - 1 && k < i + 4; k++) {
            if (w.get(k).raw().endsWith(")") || w.get(k).raw().endsWith("),")) return InlineText.unmark(w.get(k).raw()).endsWith(",") ? -1 : k;
        }
        return -1;
    }

    /** A verb, not a noun or an adjective that looks like one: lower case, not after an article or "docker". */
    private static boolean mayBeVerb(List<Word> w, int i) {
        Word word = w.get(i);
        String l = word.lower();
        if (word.code() || !Verbs.isFinite(l)) return false;
        String before = w.get(i - 1).lower();
        // Mid-sentence capitals are names ("Docker Content Trust"), except after an instruction in capitals ("ADD Allows").
        Word prev = w.get(i - 1);
        boolean capsTerm = prev.code() || prev.bare().length() > 1 && prev.bare().equals(prev.bare().toUpperCase(Locale.ROOT));
        if (!Character.isLowerCase(word.bare().charAt(0)) && !(capsTerm && i == 1)) return false;
        // "docker run", "the docker build command": the word after the lower-case CLI name is a subcommand.
        boolean cli = prev.raw().startsWith("docker") || prev.raw().startsWith("`docker");
        if (DETERMINERS.contains(before) || cli || before.equals("of") || before.equals("and") || before.equals("or")) {
            return false;
        }
        // A plain form ("run", "need") follows a plural subject or an adverb: "Containers run", "VMs both need".
        boolean plain = !l.endsWith("s") && !l.endsWith("ed") && !IRREGULAR_PAST.contains(l);
        if (!plain || ADVERBS.contains(before)) return true;
        for (int k = 0; k < i; k++) if (plural(w.get(k).lower())) return true;
        return false;
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && !word.equals("this") && !word.equals("its");
    }

    /** The index of the first word after the verb group: auxiliaries, adverbs, the main verb, a particle. */
    private static int afterVerbGroup(List<Word> w, int verb) {
        int i = verb;
        boolean copula = false;
        while (i < w.size() && !w.get(i).breaksAfter() && (AUX.contains(w.get(i).lower()) || ADVERBS.contains(w.get(i).lower()))) {
            copula |= COPULA.contains(w.get(i).lower());
            i++;
        }
        if (!AUX.contains(w.get(verb).lower())) {
            i = verb + 1;
            // "Secrets get mounted into …": a passive with get or become.
            if (PASSIVE.contains(w.get(verb).lower()) && i < w.size() && !w.get(verb).breaksAfter() && Verbs.isParticiple(w.get(i).lower())) i++;
            while (i < w.size() - 1 && !w.get(i - 1).breaksAfter() && ADVERBS.contains(w.get(i).lower())) i++;
        } else if (i < w.size() && !w.get(i - 1).breaksAfter() && !DETERMINERS.contains(w.get(i).lower())
                && (Verbs.isParticiple(w.get(i).lower()) || !copula)) {
            i++;
        }
        while (i < w.size() - 1 && !w.get(i - 1).breaksAfter() && PARTICLES.contains(w.get(i).lower())
                && !DETERMINERS.contains(w.get(i).lower())) {
            i++;
        }
        return i;
    }

    /**
     * Where the hidden part starting at {@code i} ends: at the first clause break after two words, and
     * when that runs long, at an "and" or "which" that starts another clause.
     */
    private static int spanEnd(List<Word> w, int i) {
        int end = i;
        while (end < w.size()) {
            end++;
            if (w.get(end - 1).breaksAfter() && end - i >= MIN_HIDDEN_WORDS) break;
        }
        if (end - i > MAX_HIDDEN_WORDS) {
            for (int k = i + 3; k < end && k - i <= MAX_HIDDEN_WORDS; k++) {
                if (SPLITTERS.contains(w.get(k).lower())) return k;
            }
        }
        return end;
    }

    private static final Set<String> SPLITTERS = Set.of("and", "but", "which", "while", "whereas", "so");

    /** The hidden words say something of their own and are not a clause that the split cut wrongly. */
    private static boolean hiddenReads(List<Word> w, int verb, int from, int to) {
        int hidden = to - from;
        if (hidden < MIN_HIDDEN_WORDS && !(hidden == 1 && w.get(from).name())) return false;
        if (hidden > MAX_HIDDEN_WORDS) return false;
        String start = w.get(from).lower();
        // "used to {{an application}}": "to" before a noun is no purpose; "{{each other}}" says nothing.
        if (from > 0 && w.get(from - 1).lower().equals("to") && DETERMINERS.contains(start)) return false;
        if (to - from == 2 && (start.equals("each") && w.get(from + 1).lower().equals("other")
                || start.equals("one") && w.get(from + 1).lower().equals("another"))) {
            return false;
        }
        if (CONJUNCTIONS.contains(start) || AUX.contains(start) || OPINIONS.contains(start) || start.equals("i.e")
                || start.equals("e.g") || start.equals("etc")) {
            return false;
        }
        if (from + 1 < to && OPINIONS.contains(w.get(from + 1).lower()) && DETERMINERS.contains(start)) return false;
        if (start.equals("this") || start.equals("these") || start.equals("following") || w.get(from).raw().endsWith(":")) return false;
        // "… using things like" introduces a list; "defined using file: …" stops before what matters.
        String lastWord = w.get(to - 1).lower();
        if (to == w.size() && (DANGLING.contains(lastWord) || DETERMINERS.contains(lastWord) && !lastWord.equals("one"))) return false;
        if (InlineText.unmark(w.get(to - 1).raw()).endsWith(":")) return false;
        // "Docker Engine logs {{handled by …}}": a participle right after a bare verb means the verb was a noun.
        if (from == verb + 1 && !AUX.contains(w.get(verb).lower()) && start.endsWith("ed") && Verbs.isParticiple(start)) return false;
        boolean content = false;
        for (int k = from; k < to; k++) {
            String l = w.get(k).lower();
            content |= !EMPTY_WORDS.contains(l) && l.length() > 1;
            if (CONNECTIVES.contains(l)) break;
            // An auxiliary before any connective: the hidden words hold a subject and verb of their own.
            if (k > from && MODALS.contains(l)) return false;
        }
        return content;
    }

    /** A heading-like line: most of its words capitalised. */
    static boolean titleCase(List<Word> w) {
        int words = 0;
        int caps = 0;
        for (Word word : w) {
            if (word.code()) continue;
            String b = word.bare();
            if (!Character.isLetter(b.charAt(0)) || b.length() < 3 && !b.equals(b.toUpperCase(Locale.ROOT))) continue;
            words++;
            if (Character.isUpperCase(b.charAt(0))) caps++;
        }
        return words >= 3 && caps * 10 >= words * 6;
    }

    /** Words that open a condition before the main clause. */
    private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever", "once", "after", "before", "unless",
            "until", "while", "since", "even");
    /** Adverbs and short phrases that may lead a statement before a comma: "By default, …", "On Linux, …". */
    private static final Set<String> LEADS = Set.of("by", "currently", "however", "also", "ideally", "typically", "usually",
            "generally", "normally", "basically", "essentially", "today", "now", "historically", "originally", "internally",
            "optionally", "additionally", "furthermore", "moreover", "otherwise", "alternatively", "in", "on", "for", "with",
            "without", "under", "inside", "within", "at", "unlike", "like", "as", "importantly", "still", "again", "here");
    private static final Set<String> QUANTIFIERS = Set.of("each", "every", "all", "most", "many", "some", "both");
    private static final Set<String> YOU_MODALS = Set.of("can", "cannot", "can't", "must", "mustn't", "should", "shouldn't",
            "need", "have", "may");
    /** Words that open what follows a verb: "Bind mounts depend {{on …}}", "tmpfs mounts live {{only …}}". */
    private static final Set<String> OPENERS = Set.of("on", "in", "to", "for", "with", "from", "by", "at", "into", "only",
            "until", "as", "the", "a", "an", "outside", "inside", "independently", "longer", "forever", "across", "over");
    private static final Set<String> MEANS = Set.of("by", "using", "via", "through");
    /** "You can explore …", "It's enough to know …": advice on studying. */
    private static final Set<String> STUDY_VERBS = Set.of("know", "understand", "learn", "explore", "try", "practice",
            "practise", "experiment", "read", "check", "look", "find", "refer", "see", "note", "remember", "mention", "say",
            "study", "review", "imagine", "think", "play");
    /** A sentence that ends on one of these stops before what it is about ("… using things like"). */
    private static final Set<String> DANGLING = Set.of("to", "for", "with", "until", "on", "in", "into", "from", "by", "as",
            "between", "across", "over", "through", "without", "at", "of", "like", "about", "than", "such", "including");
    private static final Set<String> PASSIVE = Set.of("get", "gets", "got", "become", "becomes", "became", "stay", "stays", "remain", "remains");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were", "be", "been", "isn't", "aren't");
    private static final Set<String> MODALS = Set.of("is", "are", "can", "cannot", "can't", "will", "won't", "must", "should",
            "may", "might", "would", "could", "does", "do", "doesn't", "don't", "has", "have");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "then");
    private static final Set<String> CONNECTIVES = Set.of("that", "which", "who", "because", "if", "when", "so", "and", "or",
            "but", "since", "as", "while", "where", "unless", "until", "once", "whether", "than");
    /** A judgement, not a fact: "Dockerfiles are {{great}}". */
    private static final Set<String> OPINIONS = Set.of("great", "good", "nice", "bad", "poor", "better", "best", "worse",
            "worst", "cool", "awesome", "amazing", "fun", "interesting", "neat", "handy", "so", "too", "pretty", "really",
            "super", "fantastic", "terrible", "horrible", "perfect", "very", "welcome", "fine", "ok", "okay");
    /** Instructions to the reader: "Notice that …", "Think of X as …". */
    private static final Set<String> IMPERATIVES = Set.of("notice", "think", "imagine", "consider", "assume", "suppose",
            "test", "squash", "verify", "confirm", "try", "recall", "compare", "observe", "ensure", "make", "remember", "avoid",
            "keep", "prefer", "pin", "don't", "do", "go", "see", "read", "learn", "study", "practice", "practise", "review");
    private static final Set<String> IRREGULAR_PAST = Set.of("built", "ran", "kept", "sent", "made", "took", "gave", "went",
            "came", "became", "grew", "knew", "saw", "wrote", "hid", "chose", "led", "got", "held", "left", "lost", "found");

    /**
     * A word of a sentence's marked text, with its offsets; inline code counts as one word.
     * {@code breaksAfter} is true when a comma, semicolon, colon, dash or bracket follows it.
     */
    /** A word of a sentence; its bare and lower-case forms are worked out once, as every rule asks for them. */
    record Word(String raw, int start, int end, boolean breaksAfter, boolean code, String bare, String lower) {
        Word(String raw, int start, int end, boolean breaksAfter, boolean code) {
            this(raw, start, end, breaksAfter, code, bareOf(raw));
        }

        private Word(String raw, int start, int end, boolean breaksAfter, boolean code, String bare) {
            this(raw, start, end, breaksAfter, code, bare, bare.toLowerCase(Locale.ROOT));
        }

        private static String bareOf(String raw) {
            String t = InlineText.unmark(raw).replace("`", "");
            int a = 0;
            int z = t.length();
            while (a < z && !Character.isLetterOrDigit(t.charAt(a))) a++;
            while (z > a && !Character.isLetterOrDigit(t.charAt(z - 1))) z--;
            return a < z ? t.substring(a, z) : t.isEmpty() ? " " : t;
        }

        /** A name: code, or a word with a capital, digit, dot or underscore inside ("overlay2", "Docker"). */
        boolean name() {
            String t = bare();
            if (code()) return true;
            for (int k = 1; k < t.length(); k++) {
                char c = t.charAt(k);
                if (Character.isUpperCase(c) || Character.isDigit(c) || c == '_' || c == '.') return true;
            }
            return false;
        }

        /** The words of a sentence; several rules ask for the same sentence's, so they are split once per parse. */
        static List<Word> split(String marked) {
            return ParseScope.keyed(Word.class, marked, Word::splitNow);
        }

        private static List<Word> splitNow(String marked) {
            List<Word> out = new ArrayList<>();
            int n = marked.length();
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(marked.charAt(i))) i++;
                if (i >= n) break;
                int start = i;
                boolean code = marked.charAt(i) == '`';
                if (code) {
                    int close = marked.indexOf('`', i + 1);
                    i = close < 0 ? n : close + 1;
                }
                while (i < n && !Character.isWhitespace(marked.charAt(i))) {
                    if (marked.charAt(i) == '`') {
                        int close = marked.indexOf('`', i + 1);
                        i = close < 0 ? n : close + 1;
                    } else {
                        i++;
                    }
                }
                int end = i;
                String raw = marked.substring(start, end);
                String plain = InlineText.unmark(raw);
                boolean breaks = !plain.isEmpty() && ",;:)".indexOf(plain.charAt(plain.length() - 1)) >= 0;
                int next = i;
                while (next < n && marked.charAt(next) == ' ') next++;
                if (next < n && "-–—(".indexOf(marked.charAt(next)) >= 0
                        && (next + 1 >= n || marked.charAt(next + 1) == ' ' || marked.charAt(next) == '(')) {
                    breaks = true;
                }
                // Trailing sentence punctuation is not part of the hidden words.
                while (end > start && ".!,;:".indexOf(marked.charAt(end - 1)) >= 0) end--;
                if (end > start) out.add(new Word(raw, start, end, breaks, code && marked.charAt(end - 1) == '`'));
            }
            return List.copyOf(out);
        }
    }
}
