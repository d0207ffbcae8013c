package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guards that keep given-away holes, leaning sentences and unasked-for flags off the cards. */
class PrecisionGuardsTest {
    private static final char B = InlineText.STRONG;

    private static List<String> holes(String marked) {
        return FactCloze.choose(new Sentence(marked, 1), new Breadcrumbs(List.of(), List.of()), "").stream().map(t -> FactCloze.shown(marked, t)).toList();
    }

    @Test
    void aStressedCommonWordIsNoHoleButAnEmphasisedTermIs() {
        assertEquals(List.of(), holes("A drained node is " + B + "not" + B + " removed from the swarm by the drain."));
        assertEquals(List.of("runc"), holes("Each container on the host is started by " + B + "runc" + B + " in the end."));
        assertEquals(List.of("TLS"), holes("Nodes talk to each other over mutual " + B + "TLS" + B + " on the control plane."));
    }

    @Test
    void aHoleWithAVisibleTwinIsNotHidden() {
        assertEquals(List.of(), holes("Print the join commands with `docker swarm join-token worker` or `docker swarm join-token manager` there."));
        assertEquals(List.of("`docker swarm init`"), holes("A swarm starts with `docker swarm init` and grows with `docker node promote`."));
    }

    @Test
    void aLongInlineListIsHiddenWholeNeverOneItem() {
        assertEquals(List.of("`ca.pem`, `cert.pem`, `key.pem` and `env.sh`"),
                holes("A client bundle holds `ca.pem`, `cert.pem`, `key.pem` and `env.sh` for one user."));
        String policies = "Policies are `no`, `always`, `unless-stopped` and `on-failure` for a container.";
        int first = policies.indexOf('`');
        assertTrue(FactCloze.cutsLongList(policies, first, policies.indexOf("`always`") + "`always`".length()));
        assertFalse(FactCloze.cutsLongList(policies, first, policies.indexOf(" for a")));
    }

    @Test
    void aStandInCommandIsNoHole() {
        assertEquals(List.of(), holes("When you type `docker ps` the client sends a REST request to the daemon."));
        assertEquals(List.of("`docker swarm init`"), holes("When you run `docker swarm init` the node becomes the first manager."));
    }

    @Test
    void aPronounEarlyInTheSentenceLeansOnTheOneBefore() {
        assertTrue(Anaphora.leans("Add them at install time with `--san` on the command line."));
        assertTrue(Anaphora.leans("The daemon checks it with `--tlsverify` before answering."));
        assertTrue(Anaphora.leans("Content trust verifies pulls with the same key too."));
        assertFalse(Anaphora.leans("Volumes make it easier to back up data than bind mounts."));
        assertFalse(Anaphora.leans("The daemon listens on port 2376 when TLS is on."));
    }

    @Test
    void aRelativeCheatSheetCommentIsNoTask() {
        assertTrue(CheatSheet.relative("just the IDs"));
        assertTrue(CheatSheet.relative("on the new node"));
        assertTrue(CheatSheet.relative("only stopped ones"));
        assertTrue(CheatSheet.relative("…and the volumes"));
        assertTrue(CheatSheet.relative("... plus the images"));
        assertFalse(CheatSheet.relative("remove every stopped container"));
    }

    @Test
    void anExampleRunLosesTheEverydayFlagsThePromptDoesNotAskFor() {
        assertEquals("docker run -p 80:8080 shop/web:1.2", CommandTasks.withoutEverydayFlags("docker run -d -p 80:8080 shop/web:1.2"));
        assertEquals("docker service create --replicas 3 nginx", CommandTasks.withoutEverydayFlags("docker service create --name web --replicas 3 nginx"));
        // What follows the image is the image's own command line.
        assertEquals("docker run alpine sh -c \"ls -a\"", CommandTasks.withoutEverydayFlags("docker run -it --rm alpine sh -c \"ls -a\""));
        assertEquals("docker network create -d overlay net1", CommandTasks.withoutEverydayFlags("docker network create -d overlay net1"));
        assertEquals("", CommandTasks.distinguishing("docker run -it alpine sh -c \"ls -a\""));
    }

    @Test
    void aNetworkExampleAsksForItsDriverNotForItsFlag() {
        assertEquals("with the `overlay` driver", CommandTasks.distinguishing("docker network create -d overlay backend"));
        assertEquals("with the `macvlan` driver and `--subnet`",
                CommandTasks.distinguishing("docker network create --driver=macvlan --subnet 10.1.0.0/24 lan"));
        // A run's -d is --detach, never a driver.
        assertEquals("with `--mount`", CommandTasks.distinguishing("docker run -d --mount source=v,target=/data nginx"));
        // A value that is not a plain name ($DRIVER, a path) is not named.
        assertEquals("with `--driver`", CommandTasks.distinguishing("docker network create --driver $DRIVER n1"));
    }

    @Test
    void aRelativeCommentJoinsOnlyAVariantOfTheCommandAbove() {
        assertTrue(CheatSheet.sameCommand("docker ps -a", "docker ps -q --filter name=web"));
        assertTrue(CheatSheet.sameCommand("docker container ls", "$ docker container ls -q"));
        assertFalse(CheatSheet.sameCommand("docker pause c1", "docker rm c1"));
        assertFalse(CheatSheet.sameCommand("docker volume ls", "docker volume rm data"));
        assertFalse(CheatSheet.sameCommand("kubectl get pods", "kubectl get nodes"));
    }

    @Test
    void aTableRowThatOnlySpellsOutItsTermIsNoCard() {
        assertTrue(TermTable.restates("`.Service.Name`", "service name"));
        assertTrue(TermTable.restates("`.Task.ID`", "the task ID"));
        assertFalse(TermTable.restates("`.Task.Slot`", "the replica number of the task"));
        assertFalse(TermTable.restates("`--read-only`", "mounts the root filesystem read-only"));
    }
}
