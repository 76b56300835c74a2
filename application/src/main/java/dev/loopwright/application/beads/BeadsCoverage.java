package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.council.SoloPrompt;
import dev.loopwright.application.council.beads.BlueprintYaml;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VERIFYING_BEADS_COVERAGE: the council's winner audits the current candidate blueprint against the approved PRD;
 * when it finds gaps it revises the blueprint into the next version, which is audited again. Bounded by
 * {@code maxBeadsCoveragePasses} audits per active attempt, so at most one revision fewer; gaps found by the last
 * allowed audit end the loop with COVERAGE_LIMIT_REACHED (the gaps stay on record), a clean audit with
 * COVERAGE_CLEAN. Both go on to expansion, which reads the newest version.
 * <p>
 * Versioned and resumable: every audit ({@value BeadsArtifacts#COVERAGE}) names the candidate version it read, and
 * every revision ({@value BeadsArtifacts#COVERAGE_REVISION}) stores the next version in full. After a restart the
 * loop picks up at the newest stored version: an audit of that version already on record is not asked again.
 */
final class BeadsCoverage {
    static final String FAILED = "BEADS_COVERAGE_FAILED";
    static final String CLEAN = "clean";
    static final String GAPS = "gaps";
    static final String LIMIT_REACHED = "limit_reached";

    private final BeadsStore store;
    private final WinnerCall winner;
    private final Clock clock;
    private final PromptTemplate audit = PromptTemplate.load("beads-coverage", PromptPhase.BEADS_COVERAGE);
    private final PromptTemplate revise = PromptTemplate.load("beads-revise", PromptPhase.BEADS_COVERAGE);

    BeadsCoverage(BeadsStore store, WinnerCall winner, Clock clock) {
        this.store = store;
        this.winner = winner;
        this.clock = clock;
    }

    TicketEvent run(TicketId ticketId, Cancellation cancellation) {
        Ticket ticket = winner.ticket(ticketId);
        int max = WinnerCall.locked(ticket).maxBeadsCoveragePasses();
        String prd = store.prd(ticketId, FAILED);
        while (true) {
            cancellation.throwIfCancelled();
            BeadsStore.Candidate candidate = store.candidate(ticketId);
            Optional<JsonNode> audited = store.latest(ticketId, BeadsArtifacts.COVERAGE_PHASE, BeadsArtifacts.COVERAGE)
                    .map(PhaseArtifact::content).map(content -> BeadsStore.json(content, "the last coverage audit"))
                    .filter(record -> record.path("candidateVersion").asInt(-1) == candidate.version());
            JsonNode record;
            if (audited.isPresent()) {
                record = audited.get();
            } else {
                int done = store.count(ticketId, BeadsArtifacts.COVERAGE_PHASE, BeadsArtifacts.COVERAGE);
                record = done >= max ? limitWithoutAsking(ticketId, candidate, done, max)
                        : audit(ticket, prd, candidate, done + 1, max, cancellation);
            }
            String outcome = record.path("outcome").asText("");
            if (CLEAN.equals(outcome)) {
                return TicketEvent.of(TicketEventType.COVERAGE_CLEAN);
            }
            if (LIMIT_REACHED.equals(outcome)) {
                return TicketEvent.of(TicketEventType.COVERAGE_LIMIT_REACHED);
            }
            if (!GAPS.equals(outcome)) {
                throw BeadsStore.lost("the stored coverage audit has the unknown outcome '" + outcome + "'");
            }
            List<String> gaps = new ArrayList<>();
            record.path("gaps").forEach(gap -> gaps.add(gap.asText()));
            revise(ticket, prd, candidate, gaps, cancellation);
        }
    }

    private JsonNode audit(Ticket ticket, String prd, BeadsStore.Candidate candidate, int pass, int max,
            Cancellation cancellation) {
        PromptSpec spec = audit.render(Map.of("version", String.valueOf(candidate.version()), "pass",
                String.valueOf(pass), "max_passes", String.valueOf(max)));
        String prompt = winner.prompt(spec, Map.of(ContextKey.PRD, prd, ContextKey.BEADS, candidate.yaml()));
        SoloPrompt.Answer<AuditReader.Audit> answer = winner.ask(ticket, BeadsArtifacts.COVERAGE_PHASE, "audit",
                spec, prompt, AuditReader.reader(), cancellation);
        AuditReader.Audit found = answer.value().orElseThrow(() -> new PhaseFailure("The bead coverage audit of"
                + " Implementation Plan v" + candidate.version() + " gave no usable answer after " + answer.attempts()
                + " prompt(s): " + answer.problem(), List.of(FAILED), Optional.empty()));
        ObjectNode record = record(candidate, pass, max).put("askedModel", true);
        String outcome = found.clean() ? CLEAN : pass >= max ? LIMIT_REACHED : GAPS;
        record.put("outcome", outcome).put("hasRemainingGaps", !found.clean());
        found.gaps().forEach(record.putArray("gaps")::add);
        answer.warnings().forEach(record.putArray("warnings")::add);
        store.append(ticket.id(), BeadsArtifacts.COVERAGE_PHASE, BeadsArtifacts.COVERAGE, record.toString());
        return record;
    }

    /** The cap was reached before this version could be audited (a retry after the last revision). */
    private JsonNode limitWithoutAsking(TicketId ticketId, BeadsStore.Candidate candidate, int done, int max) {
        ObjectNode record = record(candidate, done + 1, max).put("askedModel", false).put("outcome", LIMIT_REACHED);
        store.append(ticketId, BeadsArtifacts.COVERAGE_PHASE, BeadsArtifacts.COVERAGE, record.toString());
        return record;
    }

    private void revise(Ticket ticket, String prd, BeadsStore.Candidate candidate, List<String> gaps,
            Cancellation cancellation) {
        StringBuilder listed = new StringBuilder();
        gaps.forEach(gap -> listed.append("- ").append(gap).append('\n'));
        PromptSpec spec = revise.render(Map.of("version", String.valueOf(candidate.version()), "gaps",
                listed.toString().strip()));
        String prompt = winner.prompt(spec, Map.of(ContextKey.PRD, prd, ContextKey.BEADS, candidate.yaml()));
        SoloPrompt.Answer<RevisionReader.Revision> answer = winner.ask(ticket, BeadsArtifacts.COVERAGE_PHASE,
                "revise", spec, prompt, RevisionReader.reader(gaps), cancellation);
        RevisionReader.Revision revision = answer.value().orElseThrow(() -> new PhaseFailure("The revision of"
                + " Implementation Plan v" + candidate.version() + " for its coverage gaps gave no usable answer after "
                + answer.attempts() + " prompt(s): " + answer.problem(), List.of(FAILED), Optional.empty()));
        int next = candidate.version() + 1;
        ObjectNode record = BeadsStore.mapper().createObjectNode().put("version", next)
                .put("fromVersion", candidate.version()).put("winner", store.winner(ticket.id()))
                .put("summary", "Coverage found " + gaps.size() + " gap(s) in Implementation Plan v"
                        + candidate.version() + " and created Implementation Plan v" + next)
                .put("blueprint", BlueprintYaml.write(revision.plan())).put("at", clock.instant().toString());
        gaps.forEach(record.putArray("gaps")::add);
        record.set("changes", revision.changes());
        record.set("gapResolutions", revision.resolutions());
        answer.warnings().forEach(record.putArray("warnings")::add);
        store.append(ticket.id(), BeadsArtifacts.COVERAGE_PHASE, BeadsArtifacts.COVERAGE_REVISION, record.toString());
    }

    private ObjectNode record(BeadsStore.Candidate candidate, int pass, int max) {
        return BeadsStore.mapper().createObjectNode().put("pass", pass).put("maxPasses", max)
                .put("candidateVersion", candidate.version()).put("final", pass >= max)
                .put("at", clock.instant().toString());
    }
}
