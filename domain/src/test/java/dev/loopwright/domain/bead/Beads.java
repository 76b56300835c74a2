package dev.loopwright.domain.bead;

import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;

/** Small builders for bead tests. */
final class Beads {
    static final ExternalId TICKET = ExternalId.parse("SHOP-12");
    static final Instant NOW = Instant.parse("2026-03-03T08:00:00Z");

    private Beads() {
    }

    static BeadBlueprint blueprint(String id) {
        return new BeadBlueprint(id, "Build " + id, List.of("EPIC-1", "US-1-1"), "Implement " + id + " only.",
                new ContextGuidance(List.of("follow the repository pattern"), List.of("no static state")),
                List.of(id + " works"), List.of(id + " is covered by a unit test"), List.of("mvn -q test"));
    }

    static BeadExpansion expansion(String id, String... blockedBy) {
        return new BeadExpansion(id, "task", List.of("ticket:SHOP-12"), List.of(blockedBy),
                List.of("src/main/java/" + id + ".java"));
    }

    static Bead bead(String id, int priority, String... blockedBy) {
        return Bead.hydrate(blueprint(id), expansion(id, blockedBy), priority, TICKET, NOW);
    }
}
