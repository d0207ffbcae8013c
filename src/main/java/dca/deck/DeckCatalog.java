package dca.deck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All decks known to a run, and the names users type for them: {@code chapter-5}, {@code ch5},
 * {@code 5}, the title slug ({@code the-docker-engine}, {@code docker-engine}), a DCA domain
 * ({@code networking}) or {@code all}. Those names belong to the notes' decks: a deck someone
 * else shared (imported) answers only to its own name, so it can never take over a chapter, a
 * domain or {@code all}, which stay the notes' own.
 */
public final class DeckCatalog {
    private final List<Deck> decks;
    private final List<Deck> notes;
    /** The imported decks themselves (by identity: a notes deck may equal one). */
    private final Set<Deck> imported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public DeckCatalog(List<Deck> decks) {
        this(decks, List.of());
    }

    /** The notes' decks and the imported ones (whose names never clash with the notes', see the import). */
    public DeckCatalog(List<Deck> notes, List<Deck> imported) {
        List<Deck> all = new ArrayList<>(notes);
        all.addAll(imported);
        this.decks = List.copyOf(all);
        this.notes = List.copyOf(notes);
        this.imported.addAll(imported);
    }

    /** Every deck: the notes' first, then the imported ones. */
    public List<Deck> all() { return decks; }

    /** True when the deck came from an import, not from the notes. */
    public boolean isImported(Deck d) {
        return imported.contains(d);
    }

    /** Every name a deck answers to in this catalog: an imported deck has only its own. */
    private List<String> names(Deck d) {
        return isImported(d) ? List.of(d.name()) : namesOf(d);
    }

    /** Every name a notes deck answers to, canonical name first. */
    public static List<String> namesOf(Deck d) {
        Set<String> names = new LinkedHashSet<>();
        names.add(d.name());
        if (d.chapter() > 0) {
            names.add("chapter-" + d.chapter());
            names.add("ch" + d.chapter());
            names.add(Integer.toString(d.chapter()));
        }
        String slug = slug(d.title());
        if (!slug.isEmpty()) {
            names.add(slug);
            if (slug.startsWith("the-")) names.add(slug.substring(4));
        }
        return List.copyOf(names);
    }

    /** Names offered for completion: canonical names, title slugs, domains and "all". */
    public List<String> completions() {
        Set<String> names = new LinkedHashSet<>();
        for (Deck d : decks) names.addAll(names(d));
        for (Domain dom : Domain.values()) names.add(dom.slug());
        names.add("all");
        return List.copyOf(names);
    }

    public Optional<Deck> byName(String name) {
        String n = normalise(name);
        for (Deck d : decks) {
            if (names(d).contains(n)) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** Decks for one name; a domain or "all" gives several, from the notes only (imported copies would count twice). */
    public List<Deck> resolve(String name) throws UnknownDeckException {
        String n = normalise(name);
        if (n.equals("all")) return notes.isEmpty() ? decks : notes;
        Optional<Deck> one = byName(n);
        if (one.isPresent()) return List.of(one.get());
        Optional<Domain> domain = Domain.parse(n).filter(d -> d.slug().equals(n) || d.name().equalsIgnoreCase(n));
        if (domain.isPresent()) {
            List<Deck> inDomain = new ArrayList<>();
            for (Deck d : notes.isEmpty() ? decks : notes) {
                if (d.domains().contains(domain.get())) inDomain.add(d);
            }
            if (!inDomain.isEmpty()) return inDomain;
        }
        throw new UnknownDeckException(name, suggest(n), decks.stream().map(Deck::name).toList());
    }

    /** Decks for several names, each deck once, in the order named. */
    public List<Deck> resolveAll(List<String> names) throws UnknownDeckException {
        Map<String, Deck> out = new LinkedHashMap<>();
        for (String name : names) {
            for (Deck d : resolve(name)) out.putIfAbsent(d.name(), d);
        }
        return List.copyOf(out.values());
    }

    private List<String> suggest(String n) {
        record Scored(String name, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String candidate : completions()) {
            int dist = EditDistance.between(n, candidate);
            if (dist <= Math.max(2, candidate.length() / 3) || (n.length() >= 3 && candidate.contains(n))) {
                scored.add(new Scored(candidate, dist));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        return scored.stream().map(Scored::name).distinct().limit(3).toList();
    }

    static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.matches("chapter\\s*\\d+") || n.matches("chapter_\\d+")) n = "chapter-" + n.replaceAll("\\D", "");
        if (n.matches("ch-\\d+")) n = "ch" + n.substring(3);
        if (n.matches("0+\\d+")) n = Integer.toString(Integer.parseInt(n));
        if (n.matches("(chapter-|ch)0+\\d+")) n = n.replaceAll("0+(\\d+)$", "$1");
        return n;
    }

    /** "The Docker Engine" → "the-docker-engine". */
    public static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
