package dca.deck;

import java.util.Locale;
import java.util.Optional;

/** The six DCA exam domains with their published weights (percent of the exam). */
public enum Domain {
    ORCHESTRATION("orchestration", "Orchestration", 25),
    IMAGES("images", "Image creation, management and registry", 20),
    INSTALLATION("installation", "Installation and configuration", 15),
    NETWORKING("networking", "Networking", 15),
    SECURITY("security", "Security", 15),
    STORAGE("storage", "Storage and volumes", 10);

    private final String slug;
    private final String title;
    private final int weight;

    Domain(String slug, String title, int weight) {
        this.slug = slug;
        this.title = title;
        this.weight = weight;
    }

    public String slug() { return slug; }
    public String title() { return title; }
    /** Percent of the exam's questions drawn from this domain. */
    public int weight() { return weight; }

    /** Accepts the slug, the enum name, and common longer spellings ("image-creation", "storage-and-volumes"). */
    public static Optional<Domain> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (t.startsWith("#")) t = t.substring(1);
        for (Domain d : values()) {
            if (t.equals(d.slug) || t.equals(d.name().toLowerCase(Locale.ROOT))) return Optional.of(d);
        }
        if (t.startsWith("image")) return Optional.of(IMAGES);
        if (t.startsWith("install") || t.startsWith("config")) return Optional.of(INSTALLATION);
        if (t.startsWith("network")) return Optional.of(NETWORKING);
        if (t.startsWith("secur")) return Optional.of(SECURITY);
        if (t.startsWith("storage") || t.startsWith("volume")) return Optional.of(STORAGE);
        if (t.startsWith("orchestr")) return Optional.of(ORCHESTRATION);
        return Optional.empty();
    }
}
