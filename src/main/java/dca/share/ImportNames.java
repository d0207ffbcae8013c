package dca.share;

import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names imported decks are stored under. An imported deck never hides a deck of the notes nor
 * is hidden by one, and never takes a name the notes' decks are reached by: {@code all}, a domain,
 * a chapter name or alias ({@code chapter-5}, {@code ch5}, {@code 5}), or any name of a notes
 * deck. Such a deck gets a prefix, {@code prefix/name}: the group the file puts it in (an Anki
 * parent deck: {@code DCA::Networking} becomes {@code dca/networking}), else the file's name
 * ({@code group.json}: {@code group/chapter-5}). A prefix the user gives ({@code --prefix}, or
 * {@code --as} for a file of several decks) applies to every deck of the file.
 */
public final class ImportNames {
    private static final Pattern CHAPTERISH = Pattern.compile("\\d+|ch\\d+|chapter-\\d+");

    /** A deck of the file and the name it is stored under. */
    public record Named(Deck deck, String name, String reason) {
        /** True when the stored name is not the one the file gives. */
        public boolean renamed() {
            return !name.equals(deck.name());
        }
    }

    private ImportNames() {}

    /** True when no import may take {@code name} as it is. */
    public static boolean reserved(String name, Set<String> notesNames) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("all") || CHAPTERISH.matcher(n).matches() || notesNames.contains(n)) return true;
        return Domain.parse(n).filter(d -> d.slug().equals(n) || d.name().equalsIgnoreCase(n)).isPresent();
    }

    /**
     * @param notesNames every name the notes' decks answer to
     * @param prefix     a prefix for every deck (the user's), or null
     * @param as         the name for a file of one deck (the user's), or null
     */
    public static List<Named> assign(ImportedDecks read, String fileStem, String prefix, String as, Set<String> notesNames)
            throws ImportException {
        List<Deck> decks = read.decks();
        List<Named> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        String filePrefix = slug(fileStem).isEmpty() ? "imported" : slug(fileStem);
        for (Deck d : decks) {
            String own = slugName(as != null && decks.size() == 1 ? as : d.name());
            String name;
            String reason;
            if (as != null && decks.size() == 1) {
                if (reserved(own, notesNames)) {
                    throw new ImportException("--as " + own + " is a name of the notes' decks (a chapter, a domain or all)",
                            "choose another name, for example --as " + filePrefix + "-" + own);
                }
                name = own;
                reason = "--as";
            } else if (prefix != null || as != null) {
                name = prefixed(slug(prefix != null ? prefix : as), own);
                reason = prefix != null ? "--prefix" : "--as";
            } else if (reserved(own, notesNames) || used.contains(own)) {
                String group = read.groups().getOrDefault(d.name(), "");
                name = prefixed(group.isEmpty() ? filePrefix : group, own);
                if (used.contains(name) && !group.isEmpty()) name = prefixed(filePrefix + "-" + group, own);
                reason = reserved(own, notesNames) ? "your notes' decks are reached by " + own : "the file has two decks named " + own;
            } else {
                name = own;
                reason = "";
            }
            if (!used.add(name)) {
                throw new ImportException("two decks in the file would both be stored as " + name,
                        "import them with --prefix NAME, or one at a time with --as");
            }
            out.add(new Named(d, name, reason));
        }
        return out;
    }

    /** {@code prefix/name}, where the name keeps only its last part if it had a prefix already. */
    private static String prefixed(String prefix, String name) throws ImportException {
        String leaf = name.substring(name.indexOf('/') + 1);
        String p = prefix.isEmpty() ? "imported" : prefix;
        String full = p + "/" + leaf;
        if (!DeckStore.isValidName(full)) {
            throw new ImportException("\"" + CleanText.clean(full) + "\" cannot be a deck name", "give a shorter --prefix of letters and digits");
        }
        return full;
    }

    /** A deck name as it can be stored: a slug, or {@code group/slug}. */
    static String slugName(String name) throws ImportException {
        String clean = CleanText.clean(name);
        // "alice/chapter-5" keeps its group; "../../etc" has none worth keeping and is "etc"
        int slash = clean.lastIndexOf('/');
        String group = slash < 0 ? "" : slug(clean.substring(0, slash));
        String leaf = slug(slash < 0 ? clean : clean.substring(slash + 1));
        String slug = group.isEmpty() || leaf.isEmpty() ? slug(clean) : group + "/" + leaf;
        if (!DeckStore.isValidName(slug)) {
            throw new ImportException("the deck name \"" + clean + "\" has no letters or digits", "give it a name with --as NAME");
        }
        return slug;
    }

    private static String slug(String s) {
        String slug = DeckCatalog.slug(s == null ? "" : s);
        if (slug.length() > 64) slug = slug.substring(0, 64).replaceAll("-+$", "");
        return slug;
    }
}
