package dca.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dca.deck.CardId;
import dca.progress.ProgressJson.FormatError;
import java.io.IOException;

/** The journal of answers not yet folded into the file: applied to the data read from the file. */
final class JournalReader {
    private final JsonTokens t;
    private final JsonParser p;
    private final ProgressData data;
    private final EntryReader entries;

    JournalReader(JsonParser p, ProgressData data) {
        this.t = new JsonTokens(p);
        this.p = p;
        this.data = data;
        this.entries = new EntryReader(t, data);
    }

    /**
     * Journal lines: {"seq":N,"op":"answer","id":…,"card":{…},"review":{…}} or
     * {"seq":N,"op":"undo","id":…,"card":{…}|null}. Lines at or below the file's journalSeq are
     * already in it; the rest must follow on without a gap.
     */
    long journal(long appliedSeq) throws IOException, FormatError {
        long seq = appliedSeq;
        for (JsonToken token; (token = p.nextToken()) != null; ) {
            if (token != JsonToken.START_OBJECT) throw t.error("expected a journal entry object");
            JsonLocation start = p.currentTokenLocation();
            long n = -1;
            String op = null;
            CardId id = null;
            CardProgress card = null;
            ReviewRecord review = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "seq" -> n = t.longValue();
                    case "op" -> op = t.text();
                    case "id" -> id = t.cardId(t.text());
                    case "card" -> {
                        if (id == null) throw t.error("a journal entry names its \"id\" before its \"card\"");
                        card = p.currentToken() == JsonToken.VALUE_NULL ? null : entries.card(id);
                    }
                    case "review" -> review = entries.review();
                    default -> p.skipChildren();
                }
            }
            if (n <= appliedSeq && n >= 0) continue; // folded into the file already
            if (n != seq + 1) throw new FormatError("journal entry " + n + " does not follow " + seq
                    + " (the journal does not belong to this progress file)", start);
            if ("answer".equals(op) && id != null && card != null && review != null && review.card().equals(id)) {
                data.answer(id, card, review);
            } else if ("undo".equals(op) && id != null) {
                data.undo(id, card);
            } else {
                throw new FormatError("bad journal entry", start);
            }
            seq = n;
        }
        return seq;
    }
}
