package dca.share;

import java.util.List;
import java.util.Map;

/**
 * What dca reads from an Anki collection: note types, deck names and notes with their cards. The
 * same whatever the schema (legacy JSON in {@code col}, or the tables of Anki 2.1.50+).
 *
 * @param noteTypes by id
 * @param decks     deck names by id, {@code ::}-separated as Anki shows them
 * @param notes     in id order (creation order)
 */
record AnkiCollection(Map<Long, NoteType> noteTypes, Map<Long, String> decks, List<Note> notes) {
    /** A note type: its fields in order and its card templates. */
    record NoteType(long id, String name, boolean cloze, List<String> fields, List<Template> templates) {
        NoteType {
            fields = List.copyOf(fields);
            templates = List.copyOf(templates);
        }
    }

    record Template(int ord, String name, String front, String back) {}

    /** A note with its cards: ord is the template (or the cloze number minus one), deck the card's home deck. */
    record Note(long id, String guid, long noteType, List<String> fields, String tags, List<CardRef> cards) {
        Note {
            fields = List.copyOf(fields);
            cards = List.copyOf(cards);
        }
    }

    record CardRef(int ord, long deck) {}
}
