package dca.notes;

import java.util.Locale;
import java.util.Set;

/** Just enough English to turn "to list all containers" into "lists all containers". */
final class Verbs {
    /** Words that start a predicate but take no -s: modals, forms already inflected, adverbs. */
    private static final Set<String> KEEP = Set.of("is", "are", "was", "were", "will", "can", "could", "should", "would",
            "must", "may", "might", "does", "did", "has", "had", "also", "only", "then", "now", "just", "always",
            "never", "not", "still", "even", "all", "both", "each", "first");

    private static final Set<String> NOT_VERBS = Set.of("with", "and", "or", "on", "in", "for", "from", "of", "plus", "vs",
            "versus", "the", "a", "an", "command", "commands", "flag", "option");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z-]*");
    private static final java.util.regex.Pattern APOSTROPHE_WORD = java.util.regex.Pattern.compile("[a-z][a-z'-]*");

    private Verbs() {}

    /** "list …" → "lists …", "push …" → "pushes …", "copy …" → "copies …"; other starts unchanged. */
    static String thirdPerson(String predicate) {
        String p = predicate.strip();
        String first = Strings.firstWord(p);
        String lower = first.toLowerCase(Locale.ROOT);
        if (!WORD.matcher(lower).matches() || KEEP.contains(lower) || lower.endsWith("ly") || lower.endsWith("ed")
                || lower.endsWith("ing") || lower.endsWith("s") && !lower.endsWith("ss")) {
            return p;
        }
        String inflected;
        if (lower.endsWith("ss") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x") || lower.endsWith("z")
                || lower.endsWith("o")) {
            inflected = first + "es";
        } else if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            inflected = first.substring(0, first.length() - 1) + "ies";
        } else {
            inflected = first + "s";
        }
        return inflected + p.substring(first.length());
    }

    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile(
            "(?i)(?:is|are|was|does|do)\\s*(?:not|n't)\\b.*|(?:isn't|aren't|doesn't|don't)\\b.*");

    /** "is not …", "doesn't …": a predicate that says what its subject is not. */
    static boolean negated(String predicate) {
        return NEGATED.matcher(predicate).matches();
    }

    /** True for a word that starts a sentence's verb phrase rather than its subject. */
    static boolean startsPredicate(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !NOT_VERBS.contains(w) && APOSTROPHE_WORD.matcher(w).matches();
    }

    /** Verbs common in notes about software, in their base form; their -s and -ed forms are derived. */
    private static final Set<String> BASE = Set.copyOf(java.util.Arrays.asList(("accept access act add affect allow analyse analyze apply assign attach "
            + "authenticate authorise authorize avoid balance become behave belong bind block boot break bring build bundle cache "
            + "call carry cause change check clean come communicate compare compile configure connect consist contain control "
            + "convert copy correspond count cover create decide define delete depend deploy describe detect determine differ "
            + "disable discover display distribute drop enable encrypt ensure enter execute exist exit expect expire expose "
            + "extend extract fail fetch find finish fit follow force forward free generate get give go grant grow handle happen "
            + "help hide hold identify ignore implement import improve include increase inherit initialise initialize inspect "
            + "install isolate join keep kill know lack last launch lead leave let limit link list listen live load lock look "
            + "lose maintain make manage map match mean merge migrate monitor mount move need notify occur offer omit open "
            + "operate orchestrate override own pass pause perform persist pick point prefer prevent print process produce "
            + "promote protect provide prune publish pull purge push put reach read rebuild receive recommend recreate redirect "
            + "reduce refer register reject release reload rely remain remove rename replace replicate report represent require "
            + "reserve reset resolve restart restore restrict resume retain retry return reuse rotate route run save scale scan "
            + "schedule search see select send serve set share show shut sign sit skip spawn specify split spread start stay "
            + "stop store stream submit succeed support survive suspend switch sync take talk tell terminate tolerate track "
            + "transfer translate trigger trust try turn understand unlock unpack update upgrade upload use validate verify view "
            + "wait want watch work wrap write yield consume speak sit talk expand shrink tend seem emit log collect gather "
            + "group sort combine separate divide mirror proxy dispatch elect vote govern outlive depend arrive cost "
            + "belong allocate overwrite overlap replace wipe persist outrun speed share fill grow slow boost "
            + "simplify standardise standardize package ship host hold lie rise suit benefit matter apply facilitate "
            + "inform detail permit offer sit abstract automate coordinate orchestrate secure simplify accelerate "
            + "enforce restrict deny expose scale heal recover").split(" ")));
    private static final Set<String> IRREGULAR = Set.of("built", "ran", "kept", "sent", "made", "taken", "given", "gone", "done",
            "seen", "held", "left", "lost", "found", "known", "shown", "written", "hidden", "bound", "begun", "broken", "chosen",
            "brought", "caught", "got", "gotten", "stuck", "understood", "meant", "led", "took", "gave", "went", "came", "became",
            "grew", "knew", "saw", "wrote", "hid", "chose", "spoke", "spoken", "sat", "fell", "fallen", "drawn", "grown", "thrown");
    /** Words that make a would-be subject a clause ("Everything that is …", "Whatever you …"). */
    static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "if", "when", "because", "where",
            "while", "whether", "although", "unless", "until", "once", "how", "why", "what");

    /** True for a verb of {@link #BASE} in its base form. */
    static boolean isBase(String word) {
        return BASE.contains(word);
    }

    /** True for a verb of {@link #BASE} in its base, -s or -ed form, or an irregular past. */
    static boolean isFinite(String word) {
        if (word.length() < 2) return false;
        return BASE.contains(word) || IRREGULAR.contains(word) || base(word) != null;
    }

    /** True for an -ed, -en or -ing form of a known verb ("created", "running", "hidden"). */
    static boolean isParticiple(String word) {
        if (IRREGULAR.contains(word)) return true;
        if (word.endsWith("ing") && word.length() > 5) {
            String stem = word.substring(0, word.length() - 3);
            return BASE.contains(stem) || BASE.contains(stem + "e")
                    || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && BASE.contains(stem.substring(0, stem.length() - 1));
        }
        return word.endsWith("ed") && base(word) != null || word.equals("run") || word.equals("set") || word.equals("put");
    }

    /** The base form of an -s, -es, -ies, -ed, -ied form of a known verb, or null. */
    private static String base(String w) {
        int n = w.length();
        if (w.endsWith("ies") && BASE.contains(w.substring(0, n - 3) + "y")) return w.substring(0, n - 3) + "y";
        if (w.endsWith("es") && BASE.contains(w.substring(0, n - 2))) return w.substring(0, n - 2);
        if (w.endsWith("s") && BASE.contains(w.substring(0, n - 1))) return w.substring(0, n - 1);
        if (w.endsWith("ied") && BASE.contains(w.substring(0, n - 3) + "y")) return w.substring(0, n - 3) + "y";
        if (w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            if (BASE.contains(stem) || BASE.contains(stem + "e")) return stem;
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && BASE.contains(stem.substring(0, stem.length() - 1))) {
                return stem.substring(0, stem.length() - 1);
            }
        }
        if (w.endsWith("d") && BASE.contains(w.substring(0, n - 1)) && w.charAt(n - 2) == 'e') return w.substring(0, n - 1);
        return null;
    }
}
