package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of a paragraph and the tokens in a sentence: what the sentence rules build on. */
class SentenceTokenTest {
    private static List<String> texts(List<Sentence> s) {
        return s.stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotInsideCodeOrAfterAbbreviations() {
        List<Sentence> s = Sentence.split("Run `docker ps -a. now` first. It lists all, e.g. stopped ones.\nThen `prune`.", 7);
        assertEquals(List.of("Run `docker ps -a. now` first.", "It lists all, e.g. stopped ones.", "Then `prune`."), texts(s));
        assertEquals(List.of(7, 7, 8), s.stream().map(Sentence::line).toList());
    }

    @Test
    void aBulletReadAsParagraphTextIsASentenceOfItsOwn() {
        List<Sentence> s = Sentence.split("Spans many hosts\n* talks at layer 2\n* needs no NAT", 1);
        assertEquals(List.of("Spans many hosts", "talks at layer 2", "needs no NAT"), texts(s));
    }

    private static List<String> tokens(String marked) {
        return Token.find(marked).stream().map(t -> t.kind() + ":" + FactCloze.shown(marked, t)).toList();
    }

    @Test
    void findsEachKindOfToken() {
        assertEquals(List.of("PORT:2377"), tokens("Managers listen on port 2377 for the Raft log."));
        assertEquals(List.of("COMMAND:`docker stop`", "NUMBER:10 seconds"), tokens("`docker stop` waits 10 seconds before it kills."));
        assertEquals(List.of("PATH:/var/lib/docker/volumes"), tokens("Volumes live in /var/lib/docker/volumes on Linux."));
        assertEquals(List.of("FLAG:--rm"), tokens("The --rm flag removes the container when it exits."));
        assertEquals(List.of("DEFAULT:`json-file`"), tokens("`json-file` is the default logging driver."));
        assertEquals(List.of("NUMBER:(N-1)/2"), tokens("A swarm survives the loss of (N-1)/2 managers."));
        String bold = "The " + InlineText.STRONG + "routing mesh" + InlineText.STRONG + " spreads requests over the tasks.";
        assertEquals(List.of("TERM:routing mesh"), tokens(bold));
        assertEquals(List.of("TERM:MTU"), tokens("Each user network has its own bridge with its own MTU setting."));
    }

    @Test
    void noTokenInPlainProseNorInsideURLsOrHyphenatedWords() {
        assertTrue(tokens("Containers start faster than virtual machines do.").isEmpty());
        assertTrue(tokens("See https://docs.docker.com/engine/swarm/ for a non-root set-up.").isEmpty());
        assertTrue(tokens("An expression such as `node.role == manager` is not a term.").isEmpty());
    }
}
