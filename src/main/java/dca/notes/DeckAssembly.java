package dca.notes;

import dca.deck.Card;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes the decks of a set of files read together (a notes folder, or one file): settles every
 * chapter's deck name first, then extracts the cards, since a card's id depends on its deck.
 * <p>
 * Two chapters that claim one name are never dropped. Parts of one chapter — files of one folder
 * that took their chapter from the folder ({@code 03-images/notes.md}, {@code 03-images/labs.md}),
 * files named as parts ({@code 05-engine-part1.md}, {@code 05-engine-part2.md}), or a chapter's own
 * file and the item for it in a many-chapter page beside it ({@code README.md} with notes under
 * "13. Volumes", and {@code README-13-volumes.md}) — become one deck; any other second claim gets a
 * name of its own ({@code chapter-5-2}), with a warning.
 */
final class DeckAssembly {
    private static final Pattern PART_MARK = Pattern.compile("(?i)[-_ ]*\\b(part|pt)[-_ ]*\\d+\\b");

    private DeckAssembly() {}

    /** A chapter of a file and the deck it goes to. */
    private record Claim(NotesFile file, ChapterPart part, String deck, List<Domain> domains) {}

    /** What naming a chapter apart says, reported when its cards are made so problems stay in reading order. */
    private record Notice(String text, boolean warning) {}

    static List<ParsedNotes> assemble(List<NotesFile> files) {
        return assemble(files, ExtractionLog.OFF);
    }

    /** As {@link #assemble(List)}, recording in {@code log} what each rule did ({@code check --explain}). */
    static List<ParsedNotes> assemble(List<NotesFile> files, ExtractionLog log) {
        Map<ChapterPart, Notice> notices = new IdentityHashMap<>();
        Map<String, List<Claim>> decks = name(files, notices);
        ParseScope.open();
        try {
            return extract(files, decks, notices, log);
        } finally {
            ParseScope.close();
        }
    }

    /** Every chapter's deck, in reading order: the claims of each deck name, its leading part first. */
    private static Map<String, List<Claim>> name(List<NotesFile> files, Map<ChapterPart, Notice> notices) {
        Map<String, Claim> byName = new HashMap<>();
        Map<String, List<Claim>> decks = new LinkedHashMap<>();
        for (NotesFile f : files) {
            if (f.skipReason() != null) continue;
            for (ChapterPart part : f.parts) f.tagCheck.check(part.titleTags(), part.line());
            for (ChapterPart part : f.parts) {
                String name = reserved(name(part, f.fileName));
                Claim first = byName.get(name);
                if (first != null && first.file() != f && partsOfOneChapter(first, f, part)) {
                    if (first.file().parts.size() > 1 && f.parts.size() == 1) {
                        // A chapter's own file leads the deck that a many-chapter page also holds notes for.
                        Claim c = new Claim(f, part, name, ChapterDomains.of(part, f.fm, f.fileName, f.folders, f.problems));
                        decks.get(name).add(0, c);
                        byName.put(name, c);
                    } else {
                        decks.get(name).add(new Claim(f, part, name, first.domains()));
                    }
                    continue;
                }
                String unique = name;
                for (int n = 2; byName.containsKey(unique); n++) unique = name + "-" + n;
                if (first != null) {
                    if (first.file() == f) {
                        notices.put(part, new Notice("chapter " + name + " appears twice in this file; the second is deck " + unique, false));
                    } else {
                        notices.put(part, new Notice(name + " is also claimed by " + first.file().file + "; this file's chapter is deck "
                                + unique + " (give it its own chapter number, or name the files as parts: …-part1.md, …-part2.md)", true));
                    }
                }
                List<Domain> domains = ChapterDomains.of(part, f.parts.size() == 1 ? f.fm : FrontMatter.NONE, f.fileName,
                        f.folders, f.problems);
                Claim c = new Claim(f, part, unique, domains);
                byName.put(unique, c);
                decks.computeIfAbsent(unique, k -> new ArrayList<>()).add(c);
            }
        }
        return decks;
    }

    /** The cards of each deck, made part by part with one sink so ids stay unique across a deck's files. */
    private static List<ParsedNotes> extract(List<NotesFile> files, Map<String, List<Claim>> decks, Map<ChapterPart, Notice> notices,
                                             ExtractionLog log) {
        Map<NotesFile, List<Deck>> perFile = new IdentityHashMap<>();
        Map<NotesFile, QuestionBank> banks = new IdentityHashMap<>();
        Map<NotesFile, Boolean> failed = new IdentityHashMap<>();
        // A file copied into another folder of the tree (a branch, a backup) repeats its cards: keep the first of each.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Claim> group : decks.values()) {
            Claim head = group.get(0);
            String title = title(group);
            CardSink sink = new CardSink(head.file().file, head.deck(), head.domains(), head.file().problems);
            for (Claim c : group) {
                NotesFile f = c.file();
                Notice notice = notices.get(c.part());
                if (notice != null && notice.warning()) f.problems.warn(c.part().line(), notice.text());
                else if (notice != null) f.problems.add(c.part().line(), notice.text());
                sink.from(f.file, f.problems);
                int before = sink.size();
                try {
                    QuestionBank bank = banks.computeIfAbsent(f, x -> new QuestionBank(x.lines,
                            QuestionBank.keyIn(x.blocks, x.lines).or(x.siblingKey), x.problems));
                    Extraction x = new Extraction(sink, f.problems, f.tagCheck, f.fm.implicit(), ClozeSyntax.anyIn(c.part().blocks()),
                            log, f.lines, bank.claim(sink));
                    new CardExtractor(x).blocks(c.part().blocks(), 0, Breadcrumbs.chapter(c.part().title(), c.part().titleTags()), 0);
                } catch (RuntimeException | StackOverflowError e) {
                    failed.put(f, true);
                    f.problems.add(0, NotesParser.INTERNAL + " file (" + e.getClass().getSimpleName() + "); please report it");
                }
                List<Card> cards = new ArrayList<>();
                for (Card card : sink.cardsFrom(before)) if (seen.add(sameness(card))) cards.add(card);
                log.made(sink.madeFrom(before));
                perFile.computeIfAbsent(f, x -> new ArrayList<>()).add(new Deck(head.deck(), head.part().number(),
                        title, head.domains(), f.file, cards));
            }
            sink.finish();
            warnOfAnswerPositions(head.deck(), sink.cards(), group);
        }
        for (QuestionBank bank : banks.values()) bank.finish();
        List<ParsedNotes> out = new ArrayList<>();
        for (NotesFile f : files) {
            if (f.skipReason() != null) {
                out.add(ParsedNotes.skipped(f.file, f.skipReason(), f.problems.list()));
            } else {
                List<Deck> own = failed.containsKey(f) ? List.of() : perFile.getOrDefault(f, List.of());
                out.add(new ParsedNotes(f.file, own, f.problems.list()));
            }
        }
        return out;
    }

    /** Said at the deck's first choice question, in the file it comes from. */
    /** A card's kind, context and content, whatever its deck and id: two cards alike in all of it are one card copied. */
    private static String sameness(Card card) {
        return card.kind() + "\u0001" + card.meta().context() + "\u0001" + card.prompt() + "\u0001" + card.answer()
                + (card instanceof dca.deck.ClozeCard z ? "\u0001" + z.fullText() + "\u0001" + z.index() : "");
    }

    private static void warnOfAnswerPositions(String deck, List<Card> cards, List<Claim> group) {
        Optional<String> skew = AnswerPositions.skew(deck, cards);
        if (skew.isEmpty()) return;
        Card first = cards.stream().filter(c -> c instanceof ChoiceCard).findFirst().orElseThrow();
        Optional<NotesFile> at = group.stream().map(Claim::file).filter(f -> f.file.equals(first.source().file())).findFirst();
        if (at.isPresent()) at.get().problems.warn(first.source().line(), skew.get());
        else group.get(0).file().problems.warn(0, skew.get());
    }

    /** A chapter folder's files together take the folder's title ({@code 03-installing/} → "Installing"). */
    private static String title(List<Claim> group) {
        Claim head = group.get(0);
        boolean folderChapter = group.size() > 1 && group.stream().allMatch(c -> c.part().numberFromFolder());
        if (!folderChapter || head.file().folders.isUnit()) return head.part().title();
        return head.file().folders.title().orElse(head.part().title());
    }

    /**
     * One deck per name across files: the parts of a chapter written in several files, their cards
     * in file order, named and described as the first part.
     */
    static List<Deck> merge(List<ParsedNotes> files) {
        Map<String, Deck> out = new LinkedHashMap<>();
        for (ParsedNotes f : files) {
            for (Deck d : f.decks()) {
                Deck before = out.get(d.name());
                if (before == null) {
                    out.put(d.name(), d);
                } else {
                    List<Card> cards = new ArrayList<>(before.cards());
                    cards.addAll(d.cards());
                    out.put(d.name(), new Deck(before.name(), before.chapter(), before.title(), before.domains(), before.source(), cards));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Files of one folder are parts of one chapter when the folder gave them their chapter number,
     * or when their names differ only in a part number.
     */
    private static boolean partsOfOneChapter(Claim first, NotesFile f, ChapterPart part) {
        if (!first.file().folderKey().equals(f.folderKey())) return false;
        if (first.part().numberFromFolder() && part.numberFromFolder()) return true;
        // A page of many chapters (an index README with notes under some items) and a chapter's own file.
        if (part.number() > 0 && (first.file().parts.size() > 1) != (f.parts.size() > 1)) return true;
        String a = first.file().stem();
        String b = f.stem();
        if (!PART_MARK.matcher(a).find() || !PART_MARK.matcher(b).find()) return false;
        return PART_MARK.matcher(a).replaceAll("").equalsIgnoreCase(PART_MARK.matcher(b).replaceAll(""));
    }

    private static String name(ChapterPart part, String fileName) {
        if (part.number() > 0) return "chapter-" + part.number();
        String slug = DeckCatalog.slug(part.title());
        if (slug.isEmpty()) slug = DeckCatalog.slug(fileName.replaceFirst("(?i)\\.(md|markdown)$", ""));
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? "notes" : slug;
    }

    /**
     * A deck may not take a name that stands for several decks: {@code all}, or a domain
     * ({@code networking} would hide the other networking decks), so such a chapter is {@code networking-notes}.
     */
    private static String reserved(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("all")) return name + "-notes";
        for (Domain d : Domain.values()) if (d.slug().equals(n)) return name + "-notes";
        return name;
    }
}
