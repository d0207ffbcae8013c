package dca.cli.run;

import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.UnknownDeckException;
import dca.notes.BundledNotes;
import dca.notes.Explanation;
import dca.notes.NotesCache;
import dca.notes.NotesException;
import dca.notes.NotesLoader;
import dca.notes.NotesReport;
import dca.notes.ParsedNotes;
import dca.share.DeckStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a run's decks come from (DESIGN §3): the notes at {@link Locations#notes}, else the notes
 * bundled in the jar, plus the decks imported into {@code $XDG_DATA_HOME/dca/decks} (wherever dca
 * runs; a checkout's {@code decks/} is what {@code dca build} writes, not a source); and deck names
 * resolved as the user typed them.
 */
public final class DeckSources {
    private DeckSources() {}

    public static DeckCatalog catalog(GlobalOptions root) {
        List<ParsedNotes> parsed = parsed(root);
        for (ParsedNotes p : parsed) {
            // One unreadable file costs its own deck, not the run (dca check reports it as an error).
            if (p.unreadable()) root.env().err().println("dca: skipped " + p.file() + ": " + p.skipped() + "; its deck is unavailable");
        }
        List<Deck> notes = Inert.decks(NotesLoader.decks(parsed));
        Timing.mark("notes-parse");
        List<Deck> imported = new ArrayList<>(Inert.decks(imports(root).beside(notesNames(notes)).reachable()));
        // by group, then chapter: group/chapter-5 before group/chapter-11
        imported.sort(java.util.Comparator.comparing((Deck d) -> d.name().contains("/") ? d.name().substring(0, d.name().indexOf('/')) : "")
                .thenComparingInt(Deck::chapter).thenComparing(Deck::name));
        Timing.mark("imported-decks");
        return new DeckCatalog(notes, imported);
    }

    /** Where imported decks are stored, wherever dca runs: {@code $XDG_DATA_HOME/dca/decks}. */
    public static DeckStore imports(GlobalOptions root) {
        return DeckStore.imports(root.env().dataDir());
    }

    /** Every name the notes' decks answer to: an import never takes one of them. */
    public static Set<String> notesNames(List<Deck> notes) {
        Set<String> names = new HashSet<>();
        for (Deck d : notes) names.addAll(DeckCatalog.namesOf(d));
        return names;
    }

    /** The decks the notes give, without the imported ones. */
    public static List<Deck> notesDecks(GlobalOptions root) {
        return Inert.decks(NotesLoader.decks(parsed(root)));
    }

    /** An imported deck: the file it is kept in, and the file it was imported from (empty when not recorded). */
    public record Imported(Path kept, String from) {}

    /** Where an imported deck lives and came from; empty for a deck of the notes (a stored deck a notes deck hides is not in use). */
    public static java.util.Optional<Imported> imported(GlobalOptions root, Deck d) {
        DeckStore store = imports(root);
        try {
            java.util.Optional<Deck> stored = store.load(d.name());
            if (stored.isEmpty() || !Inert.deck(stored.get()).equals(d)) return java.util.Optional.empty();
            DeckStore.Origin origin = store.origins().get(d.name());
            return java.util.Optional.of(new Imported(store.pathFor(d.name()), origin == null ? "" : origin.file()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // not a name a stored deck can have
        }
    }

    /** Every notes file of this run, parsed, with the problems found: what {@code dca check} reports. */
    public static List<ParsedNotes> parsed(GlobalOptions root) {
        Path notes = Locations.notes(root);
        return notes == null ? bundled() : parsed(root, notes);
    }

    /** The notes at one path; file sources are named relative to the working directory when inside it. */
    public static List<ParsedNotes> parsed(GlobalOptions root, Path notes) {
        return read(root, notes, () -> {
            Path dir = Locations.notes(root);
            if (Files.isRegularFile(notes) && dir != null && Files.isDirectory(dir)) {
                // A file of the notes folder named on its own: its folders still give its chapter and domain.
                return List.of(cache(root).parse(notes, base(root, notes), dir));
            }
            return cache(root).parseAll(notes, base(root, notes), f -> true);
        });
    }

    /** Each notes file at one path explained line by line: what {@code dca check --explain} prints. */
    public static List<Explanation> explained(GlobalOptions root, Path notes) {
        return read(root, notes, () -> {
            List<Explanation> out = new ArrayList<>();
            for (Path f : NotesLoader.files(notes)) out.add(NotesLoader.explain(f, base(root, notes)));
            return out;
        });
    }

    private interface NotesRead<T> {
        List<T> read() throws IOException, NotesException;
    }

    private static <T> List<T> read(GlobalOptions root, Path notes, NotesRead<T> reader) {
        try {
            if (!Files.exists(notes)) {
                throw Failure.usage("no notes at " + notes, "pass a notes directory or .md file with --notes PATH");
            }
            return reader.read();
        } catch (NotesException e) {
            throw Failure.usage(e.getMessage(), "save the file as UTF-8 or pass another --notes PATH");
        } catch (IOException e) {
            throw Failure.usage("cannot read notes at " + notes + ": " + e.getMessage(),
                    "check the path given with --notes or $DCA_NOTES");
        }
    }

    /**
     * Start-up shortcut: when every name is a chapter number ({@code chapter-5}, {@code ch5}, {@code 5})
     * and the notes are one chapter per numbered file ({@code 05-….md}), only those files are parsed
     * (17 chapters take about 5 times as long). Empty when the shortcut does not apply or the files do
     * not hold those chapters; then the caller parses everything, as before.
     */
    private static List<Deck> chapterFiles(GlobalOptions root, List<String> names) {
        java.util.Set<Integer> wanted = new java.util.LinkedHashSet<>();
        for (String name : names) {
            java.util.regex.Matcher m = CHAPTER_NAME.matcher(name.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) return List.of();
            wanted.add(Integer.parseInt(m.group(1)));
        }
        Path notes = Locations.notes(root);
        List<ParsedNotes> parsed;
        try {
            if (notes == null) {
                parsed = BundledNotes.parseAll(file -> wanted.contains(leadingNumber(file)));
            } else {
                if (!Files.isDirectory(notes)) return List.of();
                List<Path> all = NotesLoader.files(notes);
                List<Path> chosen = new ArrayList<>();
                for (Path f : all) {
                    int n = leadingNumber(f.getFileName().toString());
                    if (n < 0) return List.of(); // not one chapter per numbered file
                    if (wanted.contains(n)) chosen.add(f);
                }
                if (chosen.size() != wanted.size()) return List.of();
                parsed = cache(root).parseAll(notes, base(root, notes), chosen::contains);
            }
        } catch (IOException | NotesException | RuntimeException e) {
            return List.of(); // the full path reports it properly
        }
        List<Deck> decks = NotesLoader.decks(parsed);
        Timing.mark("notes-parse");
        try {
            List<Deck> found = new DeckCatalog(Inert.decks(decks)).resolveAll(names);
            for (Deck d : found) if (!wanted.contains(d.chapter())) return List.of();
            return found.size() == wanted.size() ? found : List.of();
        } catch (UnknownDeckException e) {
            return List.of();
        }
    }

    private static final java.util.regex.Pattern CHAPTER_NAME = java.util.regex.Pattern.compile("(?:chapter-?|ch-?)?0*(\\d{1,3})");

    /** 5 for {@code 05-the-docker-engine.md}; -1 without a leading number. */
    static int leadingNumber(String fileName) {
        int i = 0;
        while (i < fileName.length() && i < 4 && Character.isDigit(fileName.charAt(i))) i++;
        if (i == 0 || i == fileName.length() || Character.isLetterOrDigit(fileName.charAt(i))) return -1;
        return Integer.parseInt(fileName.substring(0, i));
    }

    /** Parsed notes kept between runs, in the cache directory; {@code DCA_CACHE=off} parses every time. */
    private static NotesCache cache(GlobalOptions root) {
        return "off".equals(root.env().var("DCA_CACHE")) ? NotesCache.off() : NotesCache.in(root.env().cacheDir());
    }

    /** Sources are named relative to the working directory when inside it, else to the notes' parent. */
    private static Path base(GlobalOptions root, Path notes) {
        Path abs = notes.toAbsolutePath().normalize();
        return abs.startsWith(root.env().cwd()) ? root.env().cwd() : abs.getParent();
    }

    /** The notes gave no deck: say what was found and skipped there, and how to see more. */
    public static Failure noDecks(GlobalOptions root) {
        Path notes = Locations.notes(root);
        String where = notes == null ? "the bundled notes" : notes.toString();
        return Failure.usage("no decks in " + where + ": " + NotesReport.whyNoCards(parsed(root)),
                "run dca check" + (notes == null ? "" : " " + notes) + " for each file and problem, or pass another notes directory with --notes PATH");
    }

    private static List<ParsedNotes> bundled() {
        try {
            return BundledNotes.parseAll();
        } catch (NotesException | IOException e) {
            throw new Failure(ExitCode.INTERNAL, "cannot read the notes bundled with dca: " + e.getMessage(),
                    "pass your notes with --notes PATH");
        }
    }

    /**
     * Resolves deck names as the user typed them; an unknown one is a usage error with suggestions.
     * A path to a {@code .md} file stands for the decks in that file.
     */
    public static List<Deck> decks(GlobalOptions root, List<String> names) {
        List<String> byName = new ArrayList<>();
        Map<String, Deck> out = new LinkedHashMap<>();
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                Path file = root.env().path(name);
                if (!Files.isRegularFile(file)) {
                    throw Failure.usage("no notes file " + name, "give the path of a Markdown notes file, or a deck name");
                }
                for (Deck d : NotesLoader.decks(parsed(root, file))) out.putIfAbsent(d.name(), Inert.deck(d));
            } else {
                byName.add(name);
            }
        }
        if (!byName.isEmpty() || out.isEmpty()) {
            List<Deck> one = byName.isEmpty() ? List.of() : chapterFiles(root, byName);
            if (!one.isEmpty()) {
                for (Deck d : one) out.putIfAbsent(d.name(), d);
                return List.copyOf(out.values());
            }
            DeckCatalog catalog = catalog(root);
            if (catalog.all().isEmpty() && byName.stream().allMatch(n -> n.strip().equalsIgnoreCase("all"))) throw noDecks(root);
            try {
                for (Deck d : catalog.resolveAll(byName.isEmpty() ? List.of("all") : byName)) out.putIfAbsent(d.name(), d);
            } catch (UnknownDeckException e) {
                if (e.available().isEmpty()) {
                    throw Failure.usage(e.getMessage() + " (the notes hold no decks: " + NotesReport.whyNoCards(parsed(root)) + ")",
                            "pass a notes directory or .md file with --notes PATH or $DCA_NOTES");
                }
                String available = String.join(", ", e.available());
                String hint = e.suggestions().isEmpty()
                        ? "decks here: " + available
                        : "did you mean " + String.join(", ", e.suggestions()) + "? Decks here: " + available;
                throw Failure.usage(e.getMessage(), hint);
            }
        }
        return List.copyOf(out.values());
    }
}
