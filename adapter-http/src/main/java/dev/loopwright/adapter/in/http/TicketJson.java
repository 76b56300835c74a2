package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.DeliveryProgressView;
import dev.loopwright.application.port.in.ExecutionRuntimeView;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.UserAction;
import dev.loopwright.domain.workflow.WorkflowState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Tickets and what hangs off them, on the wire. {@code id} is the composite {@code <projectId>:<EXT-N>}. */
final class TicketJson {
    private TicketJson() {
    }

    static Map<String, Object> from(Ticket ticket) {
        WorkflowState workflow = ticket.workflow();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ticket.projectId().value() + ":" + ticket.externalId());
        json.put("externalId", ticket.externalId().toString());
        json.put("projectId", ticket.projectId().value());
        json.put("title", ticket.details().title());
        json.put("description", ticket.details().description().orElse(null));
        json.put("priority", ticket.details().priority());
        json.put("status", workflow.status().name());
        json.put("previousStatus", workflow.previousStatus().map(Enum::name).orElse(null));
        json.put("workflowRevision", workflow.revision());
        json.put("errorMessage", workflow.error().map(e -> e.message()).orElse(null));
        json.put("errorCodes", workflow.error().map(e -> e.codes()).orElse(List.of()));
        json.put("currentBead", workflow.beadProgress().completed());
        json.put("totalBeads", workflow.beadProgress().total());
        workflow.lockedSettings().ifPresentOrElse(locked -> putLocked(json, locked), () -> putLocked(json, null));
        json.put("availableActions", UserAction.offeredIn(workflow.status()).stream().map(UserAction::wireName).toList());
        json.put("createdAt", ticket.createdAt().toString());
        json.put("updatedAt", ticket.updatedAt().toString());
        return json;
    }

    /** Who asked: the ticket a question belongs to, as question payloads name it. */
    static Map<String, Object> questionHeader(Ticket ticket) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "opencode_question");
        json.put("action", "asked");
        json.put("ticketId", ticket.projectId().value() + ":" + ticket.externalId());
        json.put("ticketExternalId", ticket.externalId().toString());
        json.put("ticketTitle", ticket.details().title());
        json.put("status", ticket.status().name());
        return json;
    }

    private static void putLocked(Map<String, Object> json, LockedSettings locked) {
        json.put("lockedMainImplementer", locked == null ? null : locked.mainImplementer().value());
        json.put("lockedCouncilMembers", locked == null ? null : locked.council().stream().map(ModelId::value).toList());
        json.put("lockedInterviewQuestions", locked == null ? null : locked.interviewQuestions());
        json.put("lockedStructuredRetryCount", locked == null ? null : locked.structuredRetryCount());
        json.put("lockedManualQaEnabled", locked == null ? null : locked.manualQaEnabled());
    }

    static Map<String, Object> uiState(String scope, Optional<UiState> state, Object data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", scope);
        json.put("exists", state.isPresent());
        json.put("data", data);
        json.put("updatedAt", state.map(s -> s.updatedAt().toString()).orElse(null));
        json.put("revision", state.map(UiState::revision).orElse(0L));
        json.put("clientRevision", state.map(UiState::lastActionId).orElse(null));
        return json;
    }

    static Map<String, Object> artifact(PhaseArtifact artifact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", artifact.id());
        json.put("phase", artifact.phase().name());
        json.put("phaseAttempt", artifact.attemptNumber());
        json.put("artifactType", artifact.type());
        json.put("content", artifact.content());
        json.put("createdAt", artifact.createdAt().toString());
        return json;
    }

    static Map<String, Object> attempt(PhaseAttempt attempt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("phase", attempt.phase().name());
        json.put("attemptNumber", attempt.attemptNumber());
        json.put("state", attempt.state().name().toLowerCase(Locale.ROOT));
        json.put("archivedReason", attempt.archiveReason().map(r -> r.wireName()).orElse(null));
        json.put("createdAt", attempt.createdAt().toString());
        json.put("archivedAt", attempt.archivedAt().map(Object::toString).orElse(null));
        return json;
    }

    /** A ticket's bead execution: the current bead, progress, budgets and every bead's status, iteration and notes. */
    static Map<String, Object> runtime(ExecutionRuntimeView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currentBead", view.currentBead().orElse(null));
        json.put("completedBeads", view.completed());
        json.put("totalBeads", view.total());
        json.put("percentComplete", view.percentComplete());
        json.put("activeBeadIteration", view.activeBeadIteration().orElse(null));
        json.put("activeBeads", view.activeBeads());
        json.put("lastFailedBead", view.lastFailedBead().orElse(null));
        json.put("maxIterations", view.maxIterations());
        json.put("perIterationTimeout", view.perIterationTimeoutMs());
        json.put("beads", view.beads().stream().map(bead -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", bead.id());
            item.put("title", bead.title());
            item.put("status", bead.status().wireName());
            item.put("iteration", bead.iteration());
            item.put("beadStartCommit", bead.beadStartCommit().orElse(null));
            item.put("failedIterationNotes", notes(bead.failedIterationNotes()));
            item.put("userRetryNotes", notes(bead.userRetryNotes()));
            item.put("finalizationFailureNotes", notes(bead.finalizationFailureNotes()));
            return item;
        }).toList());
        DeliveryProgressView delivery = view.delivery();
        json.put("baseBranch", delivery.baseBranch().orElse(null));
        json.put("finalTestStatus", delivery.finalTestStatus());
        json.put("candidateCommitSha", delivery.candidateCommit().orElse(null));
        json.put("preSquashHead", delivery.preSquashHead().orElse(null));
        json.put("deliveryMode", delivery.deliveryMode().orElse(null));
        json.put("prNumber", delivery.prNumber().orElse(null));
        json.put("prUrl", delivery.prUrl().orElse(null));
        json.put("prState", delivery.prState().orElse(null));
        json.put("prHeadSha", delivery.prHeadSha().orElse(null));
        json.put("completionDisposition", delivery.completionDisposition().orElse(null));
        json.put("cleanupStatus", delivery.cleanupStatus().orElse(null));
        return json;
    }

    private static List<Map<String, Object>> notes(List<BeadNote> notes) {
        return notes.stream().map(note -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("timestamp", note.timestamp().toString());
            item.put("iteration", note.iteration());
            item.put("content", note.content());
            item.put("errorCode", note.errorCode().orElse(null));
            return item;
        }).toList();
    }
}
