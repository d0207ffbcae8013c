package dca.notes;

import dca.deck.Domain;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folders between a notes root and one file, outermost first ({@code Domain-4 - Networking},
 * {@code s2}, {@code 03-images}): what a file in a folder tree takes its chapter, title and domain
 * from when it does not say itself.
 */
record Folders(List<String> names) {
    static final Folders NONE = new Folders(List.of());

    /** {@code s2}, {@code section-2}, {@code part_2}, {@code module 2}: a numbered unit of a course. */
    private static final Pattern UNIT = Pattern.compile("(?i)(?:s|sec|section|part|pt|module|mod|unit|lesson)[\\s_-]*0*(\\d{1,2})");
    /** Names that say nothing about a chapter: a notes folder's own name. */
    private static final Pattern GENERIC = Pattern.compile("(?i)notes?|docs?|src|content|chapters?|md|markdown");

    Folders {
        names = List.copyOf(names);
    }

    /** The folders of {@code relative} (a path inside the notes root, file name last). */
    static Folders of(java.nio.file.Path relative) {
        java.nio.file.Path parent = relative.getParent();
        if (parent == null) return NONE;
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (java.nio.file.Path p : parent) out.add(p.toString());
        return new Folders(out);
    }

    Optional<String> nearest() {
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1));
    }

    /**
     * The chapter the file's own folder names ({@code 03-images} → 3 "Images", {@code s2} → 2,
     * {@code chapter-5} → 5); never a domain's number ({@code Domain-4 - Networking}).
     */
    Optional<ChapterTitle> chapter() {
        Optional<String> n = nearest();
        if (n.isEmpty() || DomainNames.named(n.get()).isPresent() && n.get().toLowerCase(Locale.ROOT).contains("domain")) {
            return Optional.empty();
        }
        Matcher unit = UNIT.matcher(n.get().strip());
        if (unit.matches()) {
            int number = Integer.parseInt(unit.group(1));
            return number > 0 ? Optional.of(new ChapterTitle(number, "")) : Optional.empty();
        }
        return ChapterTitle.fromFileName(n.get());
    }

    /** The file's own folder as a title ({@code Domain-4 - Networking} → "Domain 4 - Networking"); empty for {@code notes/}. */
    Optional<String> title() {
        Optional<String> n = nearest();
        if (n.isEmpty() || GENERIC.matcher(n.get()).matches()) return Optional.empty();
        Optional<ChapterTitle> ct = chapter();
        if (ct.isPresent() && !ct.get().title().isBlank()) return Optional.of(ct.get().title());
        // "Domain-4 - Networking" → "Domain 4 - Networking": a dash between words is a space, a spaced one stays.
        String t = n.get().replaceAll("(?<=[\\p{L}\\p{N}])[-_]+(?=[\\p{L}\\p{N}])", " ").replace('_', ' ')
                .replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** True when the file's folder is a bare unit code ({@code s2}, {@code part-3}): no title worth showing. */
    boolean isUnit() {
        return nearest().filter(n -> UNIT.matcher(n.strip()).matches()).isPresent();
    }

    /** The domain the nearest folder that names one stands for. */
    Optional<Domain> domain() {
        for (int i = names.size() - 1; i >= 0; i--) {
            Optional<Domain> d = DomainNames.named(names.get(i));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }
}
