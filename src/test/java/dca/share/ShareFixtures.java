package dca.share;

import dca.deck.BasicCard;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Decks built in code, covering every card kind and the awkward characters exports must survive. */
public final class ShareFixtures {
    private ShareFixtures() {}

    static CardMeta meta(String id, String note, String... tags) {
        return new CardMeta(new CardId(id), note, List.of("The Docker Engine", "Components"),
                new Source("notes/05-the-docker-engine.md", 7), List.of(tags));
    }

    public static Deck chapter5() {
        String cloze = "The daemon listens on {{/var/run/docker.sock}} and talks to {{containerd}} over gRPC";
        return new Deck("chapter-5", 5, "The Docker Engine", List.of(Domain.INSTALLATION, Domain.ORCHESTRATION),
                "notes/05-the-docker-engine.md", List.of(
                new BasicCard(meta("runc-term", null, "installation", "o3.2"), BasicCard.Origin.QA,
                        "What is runc?", "The OCI reference runtime: it creates & starts containers <fast>"),
                new BasicCard(meta(CardId.of(Kind.BASIC, "Which flag sets the log driver?").value(), null, "installation"),
                        BasicCard.Origin.QA, "Which flag sets the log driver?", "`--log-driver`\nper container, or in daemon.json"),
                new ClozeCard(meta("daemon-socket", "daemon-socket", "installation"), cloze, 0),
                new ClozeCard(meta("daemon-socket-2", "daemon-socket", "installation"), cloze, 1),
                new ListCard(meta("engine-parts", null, "installation", "o3.2"), "Name the parts of the Docker engine",
                        List.of("dockerd", "containerd", "containerd-shim", "runc")),
                new ChoiceCard(meta("swarm-quorum-five", null, "orchestration", "o1.3"),
                        "A swarm has five managers. How many can fail while it can still schedule?",
                        List.of(new Option("1", false), new Option("2", true), new Option("3", false), new Option("4", false)),
                        "Raft needs a majority: 3 of 5.", "https://docs.docker.com/engine/swarm/admin_guide/")));
    }

    public static Deck chapter7() {
        return new Deck("chapter-7", 7, "Images", List.of(Domain.IMAGES), "notes/07-images.md", List.of(
                new BasicCard(meta("image-layers", null, "images"), BasicCard.Origin.QA,
                        "What is an image layer?", "A read-only filesystem diff"),
                new ChoiceCard(meta("image-push", null, "images", "o2.5"), "Which commands upload an image?",
                        List.of(new Option("docker image push", true), new Option("docker push", true), new Option("docker save", false)),
                        "", "")));
    }

    /** Stores decks where a run with {@code XDG_DATA_HOME=dataHome} finds them. */
    public static void store(Path dataHome, Deck... decks) throws IOException {
        Path dir = dataHome.resolve("dca/decks");
        Files.createDirectories(dir);
        for (Deck d : decks) {
            Files.writeString(dir.resolve(d.name() + ".json"), DeckJson.write(List.of(d)), StandardCharsets.UTF_8);
        }
    }
}
