package dca.notes;

import dca.deck.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DCA domain a chapter title, file name or folder name stands for: "Networking", "Storage and
 * Volumes", "Image Creation, Management, and Registry", "Domain 4" (the exam guide's numbering),
 * {@code 04-networking}, {@code Domain_6_Storage_and_Volumes}.
 */
final class DomainNames {
    private static final Pattern DOMAIN_NUMBER = Pattern.compile("(?i)(?<![a-z])domain[\\s_-]*0*([1-6])(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Words that decorate a name without changing which domain it is ("Domain 4: Networking (15%) Questions"). */
    private static final Set<String> DECORATION = Set.of("domain", "exam", "objective", "objectives", "dca", "docker",
            "the", "of", "and", "in", "for", "notes", "note", "questions", "question", "practice", "part", "section",
            "chapter", "overview", "readme", "index", "md");

    /** A word that on its own names the domain. */
    private static final Map<String, Domain> CORE = Map.ofEntries(
            Map.entry("orchestration", Domain.ORCHESTRATION),
            Map.entry("image", Domain.IMAGES), Map.entry("images", Domain.IMAGES),
            Map.entry("installation", Domain.INSTALLATION), Map.entry("install", Domain.INSTALLATION),
            Map.entry("configuration", Domain.INSTALLATION),
            Map.entry("networking", Domain.NETWORKING), Map.entry("network", Domain.NETWORKING),
            Map.entry("networks", Domain.NETWORKING),
            Map.entry("security", Domain.SECURITY),
            Map.entry("storage", Domain.STORAGE), Map.entry("volumes", Domain.STORAGE), Map.entry("volume", Domain.STORAGE));

    /** Words that belong to a domain's full name but do not name it alone ("management", "registry"). */
    private static final Map<String, Domain> PART = Map.of(
            "creation", Domain.IMAGES, "management", Domain.IMAGES, "registry", Domain.IMAGES,
            "registries", Domain.IMAGES, "config", Domain.INSTALLATION);

    private DomainNames() {}

    /**
     * The domain a name is, when it is nothing but a domain's name (decorations aside) or carries
     * the exam guide's "Domain N"; empty for a name that merely mentions one ("Mount volumes").
     */
    static Optional<Domain> named(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Matcher m = DOMAIN_NUMBER.matcher(text);
        if (m.find()) return Optional.of(Domain.values()[Integer.parseInt(m.group(1)) - 1]);
        Domain found = null;
        for (String w : words(text)) {
            if (DECORATION.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
            Domain d = CORE.get(w);
            if (d == null) d = PART.get(w);
            if (d == null || found != null && found != d) return Optional.empty();
            found = d;
        }
        if (found == null) return Optional.empty();
        Domain only = found;
        boolean core = words(text).stream().anyMatch(w -> CORE.get(w) == only);
        return core ? Optional.of(found) : Optional.empty();
    }

    /**
     * A number that counts the exam's domains, not the book's chapters: {@code 04-networking.md},
     * {@code 1.Orchestration.md} (domain 4 is networking, domain 1 orchestration).
     */
    static boolean isDomainNumber(int number, String rest) {
        return number >= 1 && number <= Domain.values().length
                && named(rest).filter(d -> d == Domain.values()[number - 1]).isPresent();
    }

    /** The first domain a name mentions by one of its words ("Docker overlay networking", "build images"). */
    static Optional<Domain> mentioned(String text) {
        if (text == null) return Optional.empty();
        for (String w : words(text)) {
            Domain d = CORE.get(w);
            if (d != null) return Optional.of(d);
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        // File and folder names spell words with capitals, dashes and underscores alike.
        String t = text.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) out.add(m.group());
        return out;
    }
}
