package dca.progress;

import dca.deck.CardId;
import dca.deck.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable content of a progress file while it is in memory; {@link ProgressStore} guards it. */
final class ProgressData {
    Settings settings = Settings.defaults();
    final Map<CardId, CardProgress> cards = new LinkedHashMap<>();
    /** The card kind, learnt when the card was last seen in the notes; used to match reworded prompts. */
    final Map<CardId, Kind> kinds = new HashMap<>();
    final List<ReviewRecord> reviews = new ArrayList<>();
    final List<ExamRecord> exams = new ArrayList<>();
}
