package dev.loopwright.application.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.port.out.execution.PreservedSession;
import dev.loopwright.application.port.out.execution.SuccessCheckpoint;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.ticket.ExternalId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bead execution state as one JSON document, for stores that keep it as text: the beads in the beads file's own
 * format, the checkpoints and the kept session. Reading is strict: a stored state that no longer validates fails.
 */
public final class BeadExecutionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BeadExecutionJson() {
    }

    public static String write(BeadExecutionState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("externalRef", state.plan().beads().get(0).externalRef().toString());
        root.set("beads", BeadsJsonl.array(state.plan()));
        state.checkpoints().values().forEach(checkpoint -> root.withArray("checkpoints").addObject()
                .put("beadId", checkpoint.beadId()).put("iteration", checkpoint.iteration())
                .put("startCommit", checkpoint.startCommit())
                .put("succeededAt", checkpoint.succeededAt().toString()));
        root.withArray("checkpoints");
        state.preserved().ifPresent(session -> root.putObject("preservedSession").put("beadId", session.beadId())
                .put("iteration", session.iteration()).put("sessionId", session.sessionId()));
        return root.toString();
    }

    public static BeadExecutionState read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored bead execution state is not JSON", e);
        }
        BeadPlan plan = BeadsJsonl.fromArray(root.get("beads"), ExternalId.parse(root.path("externalRef").asText()));
        Map<String, SuccessCheckpoint> checkpoints = new LinkedHashMap<>();
        for (JsonNode node : root.path("checkpoints")) {
            SuccessCheckpoint checkpoint = new SuccessCheckpoint(node.path("beadId").asText(),
                    node.path("iteration").asInt(), node.path("startCommit").asText(),
                    Instant.parse(node.path("succeededAt").asText()));
            checkpoints.put(checkpoint.beadId(), checkpoint);
        }
        JsonNode session = root.get("preservedSession");
        Optional<PreservedSession> preserved = session == null || session.isNull() ? Optional.empty()
                : Optional.of(new PreservedSession(session.path("beadId").asText(), session.path("iteration").asInt(),
                        session.path("sessionId").asText()));
        return new BeadExecutionState(plan, checkpoints, preserved);
    }
}
