package dca.deck;

import java.util.List;

/**
 * What every card carries besides its content.
 *
 * @param id      identity (pinned or derived from kind and prompt)
 * @param note    the note the card belongs to: cards made from one source item (the parts of a
 *                cloze, the two directions of {@code :::}) share it, so siblings can be buried
 *                together and exported as one Anki note. Equals {@code id.value()} for single cards.
 * @param context breadcrumb from the chapter down: chapter title › heading › parent bullet
 * @param source  notes file and line
 * @param tags    domain slugs, objective ids ({@code o1.3}) and free {@code #tags}, without '#'
 */
public record CardMeta(CardId id, String note, List<String> context, Source source, List<String> tags) {
    public CardMeta {
        if (id == null) throw new IllegalArgumentException("card id is required");
        if (note == null || note.isBlank()) note = id.value();
        context = context == null ? List.of() : List.copyOf(context);
        source = source == null ? new Source("", 0) : source;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public CardMeta withId(CardId newId) {
        String n = note.equals(id.value()) ? newId.value() : note;
        return new CardMeta(newId, n, context, source, tags);
    }

    public CardMeta withTags(List<String> newTags) {
        return new CardMeta(id, note, context, source, newTags);
    }
}
