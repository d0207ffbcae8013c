package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Domain;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names of chapters, files and folders that stand for a DCA domain, in the spellings repositories use. */
class DomainNamesTest {
    @Test
    void namesThatAreADomain() {
        Map<String, Domain> cases = Map.ofEntries(
                Map.entry("Networking", Domain.NETWORKING),
                Map.entry("Domain 4", Domain.NETWORKING),
                Map.entry("Domain_1_Orchestration", Domain.ORCHESTRATION),
                Map.entry("Domain-6 - Storage and Volumes", Domain.STORAGE),
                Map.entry("Storage-and-Volumes", Domain.STORAGE),
                Map.entry("Image Creation, Management, and Registry Questions", Domain.IMAGES),
                Map.entry("Image Management", Domain.IMAGES),
                Map.entry("Installation and Configuration", Domain.INSTALLATION),
                Map.entry("✅ Exam Objective 5: Security (15%)", Domain.SECURITY),
                Map.entry("NetworkingQuestions", Domain.NETWORKING),
                Map.entry("Docker Networking", Domain.NETWORKING));
        cases.forEach((name, domain) -> assertEquals(Optional.of(domain), DomainNames.named(name), name));
    }

    @Test
    void namesThatOnlyMentionADomainAreNotOne() {
        for (String name : new String[] {"Mount volumes", "Configure a registry", "Swarm", "Registry", "Containers", ""}) {
            assertEquals(Optional.empty(), DomainNames.named(name), name);
        }
        assertEquals(Optional.of(Domain.STORAGE), DomainNames.mentioned("Mount volumes"));
        assertEquals(Optional.of(Domain.NETWORKING), DomainNames.mentioned("Docker overlay networking"));
        assertEquals(Optional.empty(), DomainNames.mentioned("Configure a registry"));
    }

    @Test
    void aNumberIsADomainsWhenTheNameIsThatDomain() {
        assertTrue(DomainNames.isDomainNumber(4, "networking"));
        assertTrue(DomainNames.isDomainNumber(1, "Orchestration"));
        assertFalse(DomainNames.isDomainNumber(11, "Docker networking"), "book chapter 11 is networking, but 11 is no domain");
        assertFalse(DomainNames.isDomainNumber(4, "The big picture"));
        assertFalse(DomainNames.isDomainNumber(3, "Networking"), "domain 3 is installation");
    }
}
