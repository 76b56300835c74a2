package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.council.CouncilArtifacts;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.council.beads.BeadBlueprintPlan;
import dev.loopwright.application.council.beads.BeadsCouncil;
import dev.loopwright.application.council.beads.BlueprintYaml;
import dev.loopwright.application.council.beads.PrdSource;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bead phase's artifacts, each in the active attempt of its status. */
final class BeadsStore {
    /** Inputs a step needs that are gone: retrying the step that made them rebuilds them. */
    static final String DATA_LOST = "BEADS_DATA_LOST";
    private static final Logger LOG = LoggerFactory.getLogger(BeadsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final PrdSource prd;
    private final Clock clock;

    BeadsStore(PhaseAttemptRepository attempts, ArtifactRepository artifacts, Clock clock) {
        this.attempts = attempts;
        this.artifacts = artifacts;
        this.prd = new PrdSource(attempts, artifacts);
        this.clock = clock;
    }

    Optional<Integer> activeAttempt(TicketId ticket, TicketStatus phase) {
        return attempts.findActive(ticket, phase).map(PhaseAttempt::attemptNumber);
    }

    int requireAttempt(TicketId ticket, TicketStatus phase) {
        return activeAttempt(ticket, phase).orElseThrow(() -> lost("there is no active attempt of " + phase));
    }

    Optional<PhaseArtifact> latest(TicketId ticket, TicketStatus phase, String type) {
        return activeAttempt(ticket, phase).flatMap(attempt -> artifacts.findLatest(ticket, phase, attempt, type));
    }

    int count(TicketId ticket, TicketStatus phase, String type) {
        return activeAttempt(ticket, phase).map(attempt -> artifacts.count(ticket, phase, attempt, type)).orElse(0);
    }

    void put(TicketId ticket, TicketStatus phase, String type, String content) {
        artifacts.upsertLatest(new ArtifactRepository.NewArtifact(ticket, phase, requireAttempt(ticket, phase), type,
                content, clock.instant()));
    }

    void append(TicketId ticket, TicketStatus phase, String type, String content) {
        artifacts.append(new ArtifactRepository.NewArtifact(ticket, phase, requireAttempt(ticket, phase), type,
                content, clock.instant()));
    }

    /** Diagnostics only: a write that fails is logged, never allowed to fail the step. */
    void appendDiagnostic(TicketId ticket, TicketStatus phase, String type, String content) {
        try {
            append(ticket, phase, type, content);
        } catch (RuntimeException e) {
            LOG.warn("Could not keep a raw {} of ticket {}: {}", type, ticket, e.getMessage());
        }
    }

    String prd(TicketId ticket, String code) {
        return prd.find(ticket).orElseThrow(() -> new PhaseFailure("The approved PRD (artifact '"
                + PrdSource.ARTIFACT + "') is missing; the bead plan is cut from it", List.of(code), Optional.empty()));
    }

    /** The council's winner, named in its refinement record. */
    String winner(TicketId ticket) {
        String record = latest(ticket, TicketStatus.REFINING_BEADS, CouncilArtifacts.refinement("beads"))
                .map(PhaseArtifact::content)
                .orElseThrow(() -> lost("the beads council's refinement record is missing"));
        String winner = json(record, "the beads council's refinement record").path("winner").asText("");
        if (winner.isEmpty()) {
            throw lost("the beads council's refinement record names no winner");
        }
        return winner;
    }

    /** A candidate blueprint and its version: 1 is the council's refinement, each revision adds one. */
    record Candidate(int version, BeadBlueprintPlan plan, String yaml) {
    }

    /** The newest candidate: the last coverage revision, else the council's refined blueprint as version 1. */
    Candidate candidate(TicketId ticket) {
        Optional<PhaseArtifact> revision = latest(ticket, BeadsArtifacts.COVERAGE_PHASE, BeadsArtifacts.COVERAGE_REVISION);
        if (revision.isPresent()) {
            JsonNode record = json(revision.get().content(), "the last coverage revision");
            String yaml = record.path("blueprint").asText("");
            return new Candidate(record.path("version").asInt(0), blueprint(yaml, "the last coverage revision"), yaml);
        }
        String yaml = latest(ticket, TicketStatus.REFINING_BEADS, BeadsCouncil.CANONICAL_ARTIFACT)
                .map(PhaseArtifact::content)
                .orElseThrow(() -> lost("the refined bead blueprint is missing"));
        return new Candidate(1, blueprint(yaml, "the refined bead blueprint"), yaml);
    }

    static BeadBlueprintPlan blueprint(String yaml, String what) {
        Validated<BeadBlueprintPlan> read = BlueprintYaml.read(yaml);
        if (read instanceof Validated.Invalid) {
            throw lost(what + " no longer validates: " + ((Validated.Invalid<BeadBlueprintPlan>) read).error());
        }
        return ((Validated.Valid<BeadBlueprintPlan>) read).value();
    }

    static JsonNode json(String content, String what) {
        try {
            return JSON.readTree(content);
        } catch (Exception unreadable) {
            throw lost(what + " cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    static PhaseFailure lost(String what) {
        return new PhaseFailure("Bead planning data lost: " + what + ". Retry the earlier phase to rebuild it.",
                List.of(DATA_LOST), Optional.empty());
    }
}
