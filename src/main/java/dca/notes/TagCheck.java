package dca.notes;

import dca.deck.Domain;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reports objective ids that do not exist and tags that look like a misspelt domain, once per line and tag. */
final class TagCheck {
    private final Problems problems;
    private final Set<String> reported = new HashSet<>();

    TagCheck(Problems problems) {
        this.problems = problems;
    }

    void check(List<String> tags, int line) {
        for (String tag : tags) {
            if (!reported.add(line + "#" + tag)) continue;
            if (TagParser.isObjective(tag)) {
                if (Objectives.byId(tag).isEmpty()) {
                    problems.add(line, "unknown objective #" + tag + "; dca check --coverage lists the objective ids");
                }
            } else if (CardSink.domainTag(tag).isEmpty() && looksLikeDomain(tag)) {
                problems.add(line, "unknown domain tag #" + tag + "; domains are " + domainList());
            }
        }
    }

    private static boolean looksLikeDomain(String tag) {
        if (tag.length() < 5) return false;
        for (Domain d : Domain.values()) {
            if (ChapterTitle.distance(tag, d.slug()) <= 2) return true;
        }
        return false;
    }

    static String domainList() {
        StringBuilder sb = new StringBuilder();
        for (Domain d : Domain.values()) sb.append(sb.length() > 0 ? ", " : "").append(d.slug());
        return sb.toString();
    }
}
