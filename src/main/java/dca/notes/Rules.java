package dca.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which rules are offered each block; the first rule that claims a block wins.
 * Explicit syntax comes first, so an author's markup always beats a guess; question banks
 * (numbered questions with lettered options) come right after it, before any guard or implicit
 * rule can read their lines as plain notes; then the guards that keep non-notes out; then the
 * implicit rules, the most specific shapes before the general ones, and sentence-level rules last.
 */
final class Rules {
    static final List<Rule> EXPLICIT = List.of(
            new PinnedId(), new DetailsSyntax(), new ChoiceSyntax(), new QaSyntax(), new QaBullets(),
            new ClozeSyntax(), new DefinitionSyntax());

    /** Recognisers of multiple-choice question banks; tried right after explicit syntax. */
    static final List<Rule> QUESTION_BANKS = List.of(new QuestionBankRule());

    static final List<Rule> GUARDS = List.of(new SkipRule());

    static final List<Rule> IMPLICIT = List.of(
            new CodeCaption(), new CaptionValue(), new CaptionedCommandLine(), new Difference(), new CommandSyntax(), new TermBullet(), new TermChildren(), new TermLine(),
            new QuestionLine(), new Enumeration(), new HeadingList(), new CommandTable(), new TermTable(), new CheatSheet(),
            new CommandExample(),
            new AnnouncedSections(), new HeadingDefinition(), new SentenceRules());

    static final List<Rule> ORDER = concat(EXPLICIT, QUESTION_BANKS, GUARDS, IMPLICIT);

    private Rules() {}

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... groups) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> g : groups) all.addAll(g);
        return List.copyOf(all);
    }
}
