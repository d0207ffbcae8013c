package dca.share;

import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.notes.MarkdownWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code dca export} writes. */
public enum ExportFormat {
    JSON("json", false),
    APKG("apkg", true),
    ANKI("txt", false),
    QUIZLET("txt", false),
    MD("md", false);

    private final String extension;
    private final boolean binary;

    ExportFormat(String extension, boolean binary) {
        this.extension = extension;
        this.binary = binary;
    }

    public String extension() { return extension; }

    /** Binary formats never go to a terminal: they need a file. */
    public boolean binary() { return binary; }

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The format a file name implies: {@code .apkg}, {@code .json}, {@code .md}; text files are ambiguous. */
    public static Optional<ExportFormat> fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".apkg")) return Optional.of(APKG);
        if (n.endsWith(".json")) return Optional.of(JSON);
        if (n.endsWith(".md") || n.endsWith(".markdown")) return Optional.of(MD);
        return Optional.empty();
    }

    public void write(List<Deck> decks, OutputStream out, Clock clock) throws IOException {
        write(decks, out, clock, ExportOptions.none());
    }

    /** @param options the note history and former card ids the Anki formats keep guids and dates by */
    public void write(List<Deck> decks, OutputStream out, Clock clock, ExportOptions options) throws IOException {
        if (this == APKG) {
            ApkgWriter.write(decks, out, clock, options);
            return;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (this) {
            case JSON -> DeckJson.write(decks, w);
            case ANKI -> AnkiTextWriter.write(decks, w, options);
            case QUIZLET -> QuizletWriter.write(decks, w);
            case MD -> MarkdownWriter.write(clean(decks), w);
            default -> throw new IllegalStateException(name());
        }
        w.flush();
    }

    /** Markdown is read back by the notes parser: nothing that could drive a terminal goes into it. */
    private static List<Deck> clean(List<Deck> decks) {
        return decks.stream().map(d -> DeckCleaner.clean(d).deck()).toList();
    }
}
