package dca.notes;

import dca.deck.Domain;
import java.util.List;
import java.util.Map;

/**
 * The seventeen chapters of the book the study group follows: default titles (for a heading that
 * gives only a number) and the DCA domains a chapter covers when its notes do not say.
 */
final class BookChapters {
    private BookChapters() {}

    private static final List<String> TITLES = List.of(
            "Containers from 30,000 feet", "Docker", "Installing Docker", "The big picture",
            "The Docker Engine", "Images", "Containers", "Containerizing an app",
            "Deploying apps with Docker Compose", "Docker Swarm", "Docker networking",
            "Docker overlay networking", "Volumes and persistent data", "Deploying apps with Docker Stacks",
            "Security in Docker", "Docker Enterprise UCP/DTR (MKE/MSR)", "Kubernetes");

    private static final Map<Integer, List<Domain>> DOMAINS = Map.ofEntries(
            Map.entry(1, List.of(Domain.INSTALLATION)),
            Map.entry(2, List.of(Domain.INSTALLATION, Domain.ORCHESTRATION)),
            Map.entry(3, List.of(Domain.INSTALLATION, Domain.STORAGE)),
            Map.entry(4, List.of(Domain.INSTALLATION, Domain.IMAGES)),
            Map.entry(5, List.of(Domain.INSTALLATION)),
            Map.entry(6, List.of(Domain.IMAGES)),
            Map.entry(7, List.of(Domain.INSTALLATION, Domain.ORCHESTRATION)),
            Map.entry(8, List.of(Domain.IMAGES)),
            Map.entry(9, List.of(Domain.ORCHESTRATION)),
            Map.entry(10, List.of(Domain.ORCHESTRATION)),
            Map.entry(11, List.of(Domain.NETWORKING)),
            Map.entry(12, List.of(Domain.NETWORKING)),
            Map.entry(13, List.of(Domain.STORAGE)),
            Map.entry(14, List.of(Domain.ORCHESTRATION)),
            Map.entry(15, List.of(Domain.SECURITY)),
            Map.entry(16, List.of(Domain.SECURITY, Domain.INSTALLATION, Domain.IMAGES)),
            Map.entry(17, List.of(Domain.ORCHESTRATION)));

    static String title(int chapter) {
        return chapter >= 1 && chapter <= TITLES.size() ? TITLES.get(chapter - 1) : "";
    }

    static List<Domain> domains(int chapter) {
        return DOMAINS.getOrDefault(chapter, List.of());
    }

    /** True when a list item's text names one of the book's chapters (loosely). */
    static boolean isChapterTitle(String text) {
        String t = dca.deck.DeckCatalog.slug(text);
        if (t.isEmpty()) return false;
        for (String title : TITLES) {
            String s = dca.deck.DeckCatalog.slug(title);
            if (s.equals(t) || s.equals("the-" + t) || t.equals("the-" + s)) return true;
        }
        return false;
    }
}
