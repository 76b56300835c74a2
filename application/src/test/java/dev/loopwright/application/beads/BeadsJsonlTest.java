package dev.loopwright.application.beads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadBlueprint;
import dev.loopwright.domain.bead.BeadDependencies;
import dev.loopwright.domain.bead.BeadExpansion;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.bead.ContextGuidance;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeadsJsonlTest {
    private static final ExternalId TICKET = ExternalId.parse("SHOP-1");
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private static Bead bead(String id, int priority, String... blockedBy) {
        return Bead.hydrate(new BeadBlueprint(id, "Title " + id, List.of("US-1-1"), "Build " + id,
                new ContextGuidance(List.of("p"), List.of("a")), List.of("ok"), List.of("shown"),
                List.of("mvn -q test")), new BeadExpansion(id, "task", List.of("l"), List.of(blockedBy),
                List.of("src/" + id + ".java")), priority, TICKET, NOW);
    }

    @Test
    void onePlanOneTextLineByLineAndItReadsBackEqual() {
        Bead first = bead("a", 1);
        Bead noted = new Bead("b", "Title b", List.of(), "Build b", new ContextGuidance(List.of("p"), List.of("a")),
                List.of("ok"), List.of("shown"), List.of("make"), 2, BeadStatus.ERROR,
                "bug", TICKET, List.of("l"), BeadDependencies.blockedBy(List.of("a")),
                List.of("b.txt"), List.of(new BeadNote(NOW, 1, "failed", Optional.of("TESTS_FAILED"))), List.of(),
                List.of(), 2, Optional.of(NOW), Optional.of(NOW), Optional.of(NOW), Optional.empty(),
                Optional.of("abc1234"));
        BeadPlan plan = new BeadPlan(List.of(first, noted)).withDerivedBlocks();

        String text = BeadsJsonl.write(plan);

        assertThat(text.split("\n")).hasSize(2);
        assertThat(text).endsWith("\n").contains("\"completedAt\":\"\"", "\"beadStartCommit\":null",
                "\"errorCode\":\"TESTS_FAILED\"", "\"blocks\":[\"b\"]");
        assertThat(BeadsJsonl.read(text, TICKET)).isEqualTo(plan);
        assertThat(BeadsJsonl.write(BeadsJsonl.read(text, TICKET))).isEqualTo(text);
    }

    @Test
    void anArrayIsCheckedBeadByBeadThenAsAGraph() {
        String missing = "[{\"id\":\"a\",\"title\":\"A\",\"status\":\"pending\"}]";
        assertThatThrownBy(() -> BeadsJsonl.fromArray(json(missing), TICKET)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("priority").hasMessageContaining("dependencies");
        assertThatThrownBy(() -> BeadsJsonl.read("{not json}\n", TICKET)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 1 is not JSON");
        String twoWithCycle = BeadsJsonl.array(new BeadPlan(List.of(bead("a", 1), bead("b", 2, "a")))).toString()
                .replace("\"blocked_by\":[]", "\"blocked_by\":[\"b\"]");
        assertThatThrownBy(() -> BeadsJsonl.fromArray(json(twoWithCycle), TICKET))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dependency cycle: a -> b -> a");
    }

    @Test
    void wrongTypesAnywhereAreValidationErrorsNeverCrashes() {
        String[] weird = {
                "[{\"id\":5,\"title\":[],\"status\":\"pending\",\"priority\":1,\"dependencies\":{\"blocked_by\":[1]},\"prdRefs\":\"x\",\"labels\":[null]}]",
                "[{\"id\":\"a\",\"title\":\"A\",\"status\":\"pending\",\"priority\":0,\"dependencies\":{\"blocked_by\":\"b\"},\"contextGuidance\":\"be good\",\"iteration\":\"x\",\"failedIterationNotes\":[{\"timestamp\":\"never\"}],\"createdAt\":\"yesterday\"}]",
                "[{\"id\":\"a\",\"title\":\"A\",\"status\":null,\"priority\":1.5,\"dependencies\":null,\"targetFiles\":[\"/etc/passwd\"],\"beadStartCommit\":\"zz\",\"userRetryNotes\":7}]",
                "[{\"id\":\"a\",\"title\":\"A\",\"status\":\"pending\",\"priority\":1,\"dependencies\":{\"blocked_by\":[]},\"contextGuidance\":{\"patterns\":\"x\",\"anti_patterns\":[3]},\"failedIterationNotes\":[5, null, {\"timestamp\":\"2026-01-01T00:00:00Z\",\"iteration\":0}]}]",
                "[null]", "[[]]", "[\"x\"]"};
        for (String body : weird) {
            assertThatThrownBy(() -> BeadsJsonl.fromArray(json(body), TICKET)).as(body)
                    .isInstanceOf(ValidationException.class);
        }
    }

    private static JsonNode json(String text) {
        return BeadsStore.json(text, "test");
    }
}
