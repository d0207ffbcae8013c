package dca.notes;

import java.util.regex.Pattern;

/** The false-positive guards: sections, captions and items that are not study material. */
final class Guards {
    /** Meetings anywhere in a heading; resource and to-do sections when that is all the heading says. */
    private static final Pattern SKIPPED_HEADING = Pattern.compile(
            "(?i).*\\b(meeting|meetings|minutes|attendees)\\b.*"
                    + "|\\W*(useful |helpful |external |more )?(links|resources|references|reading list|further reading"
                    + "|see also|todo|todos|to-do|to do|action items|next steps|agenda|housekeeping)\\W*"
                    // The repository around the notes, and plans for studying rather than what is studied.
                    + "|\\W*(?:study plan|study schedule|schedule|timeline|roadmap|future ideas|ideas|planning|contributing"
                    + "|contributors|how to contribute|license|licence|credits|acknowledge?ments?|disclaimer|changelog|table of contents"
                    + "|contents|toc|about (?:this|the) (?:repo|repository|project|guide)|authors?|maintainers)\\W*"
                    // Sitting the exam: its price, format, registration; a domain "(15% of exam)" is study material.
                    + "|\\W*(?:about (?:the )?(?:dca )?exam|(?:the )?(?:dca )?exam(?: (?:details|format|info|information|logistics"
                    + "|registration|structure|overview|facts|basics|cost|day|tips|experience|preparation|prep))?|registration"
                    + "|certification(?: details| info)?|preparation hints|exam preparation)\\W*"
                    // What the syllabus may cover, practice tasks and study advice: not facts to drill.
                    + "|\\W*(?:(?:the )?content may include(?: the following)?|practice (?:prompts|exercises|labs?|tasks)"
                    + "|exercises?|labs?|hands[- ]on(?: labs?)?|(?:study|exam|test) tips|tips (?:for|to) (?:success|passing|pass)(?: the exam)?|further study)\\W*");
    private static final Pattern SKIPPED_CAPTION = Pattern.compile(
            "(?i)\\W*(todo|to-do|to do|fixme|action items|next steps|agenda|attendees|exercises|practice (?:prompts|exercises|labs|tasks)|labs|hands-on"
                    + "|content may include)\\b.*"
                    + "|\\W*(useful |helpful |external |more )?(links|resources|references|see also|further reading)\\W*");
    private static final Pattern TODO_ITEM = Pattern.compile("(?i)^\\W*(todo|to-do|fixme|tbd|wip)\\b.*", Pattern.DOTALL);

    /** First person: a walkthrough or a diary ("we built", "I think", "let's"), not a fact. */
    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my",
            "we", "we're", "we've", "we'll", "us", "our", "let's");
    /** About sitting the exam, not about Docker. */
    private static final Pattern LOGISTICS = Pattern.compile(
            "(?i)\\b(?:exam|exams|certification|proctor\\w*|voucher|passing score|study plan|study guide)\\b");
    /** A pointer elsewhere or a remark about the notes themselves. */
    private static final Pattern POINTER = Pattern.compile(
            "(?i)^\\W*(?:see|check out|read more|more (?:info|information|details)|for more|refer to|follow|watch|source"
                    + "|credit|thanks|same as above|as above|see above|see below|tbd|n/a|todo|fixme|wip)\\b.*");

    /** A line of a question bank: "Q3.", "Question 3", an option "(B) …", a marked answer. */
    private static final Pattern QUIZ_START = Pattern.compile(
            "(?i)\\W{0,3}(?:q\\d+\\b|question\\s*\\d+|\\(?[a-e]\\)\\s|[a-e]\\.\\s|answers?\\s*:|correct answer)");
    /** "B docker run --expose": an option letter without its bracket (A is left out: it is also an article). */
    private static final Pattern QUIZ_OPTION = Pattern.compile("[B-E]\\s+\\S");
    private static final Pattern QUIZ_ANYWHERE = Pattern.compile(
            "[\u2705\u2714\u2611]|(?i)\\b(?:which of the following|choose (?:two|three|all|one|the correct)|select (?:two|three|all that apply))\\b");
    /** Clicking through a UI or a walkthrough: "Select 3 managers", "Click Add Node", "Go to Settings". */
    private static final Pattern UI_STEP = Pattern.compile(
            "(?i)^(?:select|click|choose|go to|navigate|open|press|hit|tap|scroll|log ?in to|sign in|visit|browse to|wait)\\b.*");

    private static final Pattern SEE_RESULT = Pattern.compile("(?i)\\byou(?:'ll| will| should| can| may| might)? see\\b|\\byou(?:'ll| will) (?:get|notice)\\b");

    /** What an example app does when run: "It will attach to …", "This will print …". */
    private static final Pattern WALKTHROUGH = Pattern.compile("(?i)^(?:it|this|that|these|they|which)\\s+(?:will|should)\\b.*");

    /** Headings that organise notes but name nothing a card could ask about. */
    private static final Pattern GENERIC_HEADING = Pattern.compile(
            "(?i)^\\W*(?:the\\s+)?(?:overview|introduction|intro|summary|notes?|tl;?dr|deep dive|commands?|examples?|steps?|process"
                    + "|usage|syntax|background|details?|misc(?:ellaneous)?|others?|general|conclusion|recap|key points|key takeaways"
                    + "|takeaways|basics|theory|practice|labs?|exercises?|demo|setup|set-up|prerequisites|requirements|documentation"
                    + "|official (?:docker )?documentation|docs|references?|tips?|faq|questions?|answers?|q&a|about|description|definitions?"
                    + "|concepts?|important|terminology|glossary|output|results?|solution|how it works|what is it|why|how|what|the commands"
                    + "|quick reference|cheat ?sheet|cheatsheet|useful commands|common commands|more|extra|bonus|misc notes|part \\d+"
                    + "|chapter \\d+|section \\d+|step \\d+|day \\d+|week \\d+)\\W*$");

    private static final Pattern REMARK_START = Pattern.compile("(?i)(?:note|nb|tip|hint)\\s+(?!that\\b)");

    /** First words with which a guard above begins; other sentences skip those guards. */
    private static final java.util.Set<String> STARTS = java.util.Set.of("see", "check", "read", "more", "for", "refer", "follow",
            "watch", "source", "credit", "thanks", "same", "as", "tbd", "n", "todo", "fixme", "wip", "goal", "goals", "objective",
            "objectives", "aim", "focus", "outcome", "outcomes", "deliverable", "deliverables", "it", "this", "that", "these",
            "they", "which", "select", "click", "choose", "go", "navigate", "open", "press", "hit", "tap", "scroll", "log",
            "login", "sign", "visit", "browse", "wait", "note", "nb", "tip", "hint", "understand", "demonstrate", "describe",
            "identify", "outline", "summarize", "summarise", "state", "explain", "know", "sketch", "illustrate", "interpret",
            "recognize", "recognise", "paraphrase", "consistently", "be");
    /** A line of the exam's study guide: "Describe the difference between …", "Demonstrate creation of …". */
    private static final Pattern OBJECTIVE = Pattern.compile(
            "(?i)(?:understand|demonstrate|describe|identify|outline|summari[sz]e|state|explain|know|sketch|illustrate|interpret"
                    + "|recogni[sz]e|paraphrase|consistently|be able to)\\s+(?:the|a|an|how|what|why|which|when|where|and|creation|each|all"
                    + "|common|steps|differences?|importance|types?|ways?|usage|use|repeat|to)\\b");

    private Guards() {}

    /** The first word, lower case, without the symbols before it. */
    private static String firstWord(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !Character.isLetter(s.charAt(i))) i++;
        int start = i;
        while (i < n && Character.isLetter(s.charAt(i))) i++;
        return s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }

    /** Organising words a bullet may hold: alone they make no question. */
    private static final Pattern GENERIC_TERM = Pattern.compile(
            "(?i)^\\W*(?:pros|cons|advantages|disadvantages|benefits|drawbacks|features|characteristics|properties|options|flags"
                    + "|parameters|arguments|types|kinds|uses|use cases|limitations|caveats|gotchas|best practices|methods|ways|parts"
                    + "|components|requirements|things to know|things to remember|remember|keep in mind|important points|patterns?|rules?|ideas?|tricks?|hints?|warnings?|reminders?|common patterns?|purpose|negative|positive|pro|con|goal|goals|hints|preparation"
                    + "|use case|when to use|why use it|how to use|downside|downsides|upside|upsides|strengths?|weaknesses?|problem|solution)\\W*$");

    static boolean isGenericTerm(String text) {
        return GENERIC_TERM.matcher(text).matches();
    }

    /** An organising word anywhere in a heading: "Docker - the TLDR", "Chapter summary", "Notes on volumes". */
    private static final Pattern ORGANISING = Pattern.compile(
            "(?i)\\b(?:tl;?dr|summary|recap|overview|introduction|intro|deep dive|takeaways|misc|notes|cheat ?sheet|chapter|part|section)\\b"
                    + "|(?i)\\b(?:week|day|module|lesson|session|phase|step)\\s*\\d+");

    /** A word of the first person, outside inline code; "i.e." is not one. */
    static boolean firstPerson(String s) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            while (i < n && !isWordChar(s.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) i++;
            if (i > start && i - start <= 5 && (i >= n || s.charAt(i) != '.')
                    && (start == 0 || s.charAt(start - 1) != '-' && s.charAt(start - 1) != '.')) {
                if (FIRST_PERSON.contains(s.substring(start, i).toLowerCase(java.util.Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '_';
    }

    static boolean isGenericHeading(String text) {
        return GENERIC_HEADING.matcher(text).matches() || ORGANISING.matcher(text).find();
    }

    /** "This container will also be attached to …": what one example does, not a fact. */
    /** Labels that head a line of a plan or a summary ("**Goal:**"), never a term to hide. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:goal|goals|objective|objectives|aim|focus|purpose|outcome|outcomes|status|result|results|deliverables?"
                    + "|summary|tl;?dr|prerequisites?|requirements?|duration|level|time|topics?)\\s*:?$");

    private static final Pattern PLAN_LINE = Pattern.compile("(?i)^\\W*(?:goals?|objectives?|aim|focus|outcomes?|deliverables?)\\W*:.*");

    static boolean isLabel(String text) {
        return LABEL.matcher(text.strip()).matches();
    }

    private static final Pattern EXAMPLE_APP = Pattern.compile(
            "(?i)\\b(?:in|for|of|from|with|by) (?:the|this|our|my) (?:sample|example|demo|test) (?:app|application|project|repo|code|stack)\\b"
                    + "|\\b(?:the|our|my) (?:sample|example|demo) (?:app|application)\\b");

    /** Why a sentence is about the notes' own example app, or null. */
    static String aboutExample(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("sample") && !lower.contains("example") && !lower.contains("demo") && !lower.contains("test")) return null;
        return EXAMPLE_APP.matcher(text).find() ? "about the notes' example app, not Docker" : null;
    }

    static boolean isWalkthrough(String text) {
        return WALKTHROUGH.matcher(text.strip()).matches();
    }

    /** "like update-parallelism, for rollbacks" says something; "same as manager" only points. */
    private static final Pattern ELSEWHERE_START = Pattern.compile(
            "(?i)\\W*(?:same as|ditto|refer to|see (?:above|below|the|section|chapter|notes|docs|link|here))\\b");
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:same as above|as above|see above|see below|as below)\\b");

    /** An answer that only points at another place ("same as manager", "see above"). */
    static boolean pointsElsewhere(String answer) {
        String a = answer.strip();
        if (a.length() <= 50 && ELSEWHERE_START.matcher(a).lookingAt()) return true;
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("above") || lower.contains("below")) && ELSEWHERE.matcher(a).find();
    }

    static boolean isQuiz(String text) {
        if (QUIZ_START.matcher(text).lookingAt() || QUIZ_OPTION.matcher(text).lookingAt()) return true;
        if (text.indexOf('\u2705') >= 0 || text.indexOf('\u2714') >= 0 || text.indexOf('\u2611') >= 0) return true;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("following") || lower.contains("choose") || lower.contains("select")) && QUIZ_ANYWHERE.matcher(text).find();
    }

    /** Why a sentence is not study text, or null when it is. */
    static String notStudyText(String sentence) {
        return notStudyText(sentence, 3);
    }

    /** Why a sentence or caption of at least {@code minWords} words is not study text, or null when it is. */
    static String notStudyText(String sentence, int minWords) {
        String s = sentence.strip();
        if (Strings.words(s) < minWords) return "too short to be a fact";
        // The guards that look at how a sentence starts run only when its first word is one they know.
        String first = firstWord(s);
        if (STARTS.contains(first)) {
            if (POINTER.matcher(s).matches()) return "points elsewhere";
            if (PLAN_LINE.matcher(s).matches()) return "a line of a plan, not a fact";
            if (WALKTHROUGH.matcher(s).matches()) return "describes what an example does";
            if (UI_STEP.matcher(s).matches()) return "a step to click through, not a fact";
            if (REMARK_START.matcher(s).lookingAt()) return "a remark about the notes";
            if (OBJECTIVE.matcher(s).lookingAt()) return "an exam objective, not a fact";
        }
        if (firstPerson(ClozeSyntax.maskCode(s))) return "first-person narration, not a fact";
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if ((lower.contains("exam") || lower.contains("certif") || lower.contains("proctor") || lower.contains("voucher")
                || lower.contains("passing") || lower.contains("study")) && LOGISTICS.matcher(s).find()) {
            return "about the exam, not about Docker";
        }
        if (isQuiz(s)) return "a quiz question, option or answer (question banks make choice cards)";
        String example = aboutExample(s);
        if (example != null) return example;
        if (lower.contains("you") && SEE_RESULT.matcher(s).find()) return "describes what an example prints";
        if (s.startsWith("http://") || s.startsWith("https://")) return "a link";
        return null;
    }

    static boolean isSkippedHeading(String text) {
        return SKIPPED_HEADING.matcher(text).matches();
    }

    static boolean isSkippedCaption(String text) {
        return SKIPPED_CAPTION.matcher(text).matches();
    }

    static boolean isTodo(String text) {
        return TODO_ITEM.matcher(text).matches();
    }

    static int words(String text) {
        String t = text.strip();
        return Strings.words(t);
    }
}
