package dev.loopwright.application.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.interview.BatchProgress;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.InterviewBatch;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * VERIFYING_INTERVIEW_COVERAGE: the interview's winner reviews the finished interview in a fresh session (see
 * {@link CoverageReviewer}) and either finds it clean or names gaps with follow-up questions. Gaps with follow-ups
 * become one coverage batch in the session and the ticket goes back to WAITING_INTERVIEW_ANSWERS; answering that
 * batch completes the interview again and the next pass runs.
 * <p>
 * Bounded twice. Passes: at most {@code maxCoveragePasses} per active attempt of this status, counted as the
 * coverage records stored there; the last pass may still find gaps but asks nothing, since no pass would check the
 * answers. Questions: all passes together add at most the session's follow-up budget
 * ({@link InterviewSession#followUpBudget}); extra questions are cut. A pass that finds gaps but may ask nothing
 * ends the check with {@code limit_reached} (the gaps stay on record) and COVERAGE_LIMIT_REACHED; clean ends it with
 * COVERAGE_CLEAN; both go to approval.
 * <p>
 * Every pass is recorded ({@code interview_coverage}, one per pass) before its effect is applied, with the batch it
 * adds, and names the last submitted batch it reviewed. A restart that finds the record of the interview as it
 * stands applies that record again instead of asking the model a second time.
 */
final class InterviewCoverage {
    static final String FAILED = "INTERVIEW_COVERAGE_FAILED";
    static final String CLEAN = "clean";
    static final String GAPS = "gaps";
    static final String LIMIT_REACHED = "limit_reached";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TicketRepository tickets;
    private final InterviewStore store;
    private final TicketLocks locks;
    private final CoverageReviewer reviewer;
    private final BiFunction<Ticket, InterviewSession, Interviewer.Setup> setups;
    private final Clock clock;

    InterviewCoverage(TicketRepository tickets, InterviewStore store, TicketLocks locks, CoverageReviewer reviewer,
            BiFunction<Ticket, InterviewSession, Interviewer.Setup> setups, Clock clock) {
        this.tickets = tickets;
        this.store = store;
        this.locks = locks;
        this.reviewer = reviewer;
        this.setups = setups;
        this.clock = clock;
    }

    TicketEvent run(TicketId ticketId, Cancellation cancellation) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> InterviewStore.lost("the ticket's locked settings are missing"));
        InterviewSession session = store.session(ticketId)
                .orElseThrow(() -> InterviewStore.lost("there is no interview session to check"));
        if (session.currentBatch().filter(batch -> batch.source() == BatchSource.COVERAGE).isPresent()) {
            // The follow-ups were stored but the event was lost: send it again.
            return TicketEvent.of(TicketEventType.GAPS_FOUND);
        }
        if (!session.isComplete()) {
            throw InterviewStore.lost("the interview reached its coverage check unfinished");
        }
        Optional<JsonNode> latest = store.latestCoverage(ticketId).map(InterviewCoverage::read);
        if (latest.isPresent() && latest.get().path("reviewedBatch").asInt(-1) == session.lastBatchNumber()) {
            return replay(ticketId, session, latest.get());
        }
        int done = store.coverageCount(ticketId);
        int max = locked.maxCoveragePasses();
        int pass = done + 1;
        ObjectNode record = record(session, pass, max);
        if (done >= max) {
            record.put("askedModel", false);
            return finish(ticketId, record.put("outcome", LIMIT_REACHED).put("limit", "passes"));
        }
        int limit = pass >= max ? 0 : session.coverageFollowUpsRemaining();
        CoverageReviewer.Review review;
        try {
            review = reviewer.review(ticket, setups.apply(ticket, session), session,
                    new CoverageReviewer.Pass(pass, max, limit), cancellation);
        } catch (InterviewTurnException | ModelRuntimeException failure) {
            throw new PhaseFailure("The interview coverage check failed: " + failure.getMessage(), List.of(FAILED),
                    Optional.empty());
        }
        CoverageReader.Verdict verdict = review.verdict();
        record.put("askedModel", true).put("attempts", review.attempts()).put("followUpLimit", limit);
        record.put("hasGaps", !verdict.clean());
        verdict.gaps().forEach(record.putArray("gaps")::add);
        review.warnings().forEach(record.putArray("warnings")::add);
        record.put("response", review.reply());
        if (verdict.clean()) {
            return finish(ticketId, record.put("outcome", CLEAN));
        }
        if (verdict.followUps().isEmpty()) {
            return finish(ticketId, record.put("outcome", LIMIT_REACHED)
                    .put("limit", pass >= max ? "passes" : "follow_up_budget"));
        }
        InterviewBatch batch = batch(session, verdict);
        record.put("outcome", GAPS).set("batch", SessionJson.batch(batch));
        batch.questionIds().forEach(record.putArray("followUpIds")::add);
        return locks.with(ticketId, () -> {
            store.appendCoverage(ticketId, record);
            return ask(ticketId, session, batch);
        });
    }

    /** Applies a stored pass again, without asking the model. */
    private TicketEvent replay(TicketId ticketId, InterviewSession session, JsonNode record) {
        String outcome = record.path("outcome").asText("");
        if (CLEAN.equals(outcome)) {
            return TicketEvent.of(TicketEventType.COVERAGE_CLEAN);
        }
        if (LIMIT_REACHED.equals(outcome)) {
            return TicketEvent.of(TicketEventType.COVERAGE_LIMIT_REACHED);
        }
        if (!GAPS.equals(outcome) || !record.path("batch").isObject()) {
            throw InterviewStore.lost("the stored coverage record has the unknown outcome '" + outcome + "'");
        }
        InterviewBatch batch;
        try {
            batch = SessionJson.batch(record.get("batch"));
        } catch (RuntimeException unreadable) {
            throw InterviewStore.lost("the stored coverage follow-ups cannot be read (" + unreadable.getMessage() + ")");
        }
        return locks.with(ticketId, () -> ask(ticketId, session, batch));
    }

    private TicketEvent ask(TicketId ticketId, InterviewSession session, InterviewBatch batch) {
        store.saveSession(ticketId, session.presentBatch(batch, clock.instant()));
        return TicketEvent.of(TicketEventType.GAPS_FOUND);
    }

    private TicketEvent finish(TicketId ticketId, ObjectNode record) {
        locks.run(ticketId, () -> store.appendCoverage(ticketId, record));
        return TicketEvent.of(CLEAN.equals(record.path("outcome").asText()) ? TicketEventType.COVERAGE_CLEAN
                : TicketEventType.COVERAGE_LIMIT_REACHED);
    }

    /** One batch with every follow-up of the pass, in its own coverage round. */
    private static InterviewBatch batch(InterviewSession session, CoverageReader.Verdict verdict) {
        int number = session.lastBatchNumber() + 1;
        List<InterviewQuestion> questions = verdict.followUps();
        String commentary = verdict.gaps().isEmpty() ? "The coverage check has a few more questions."
                : "The coverage check found open points: " + String.join(" ", verdict.gaps());
        return new InterviewBatch(number, questions, new BatchProgress(number, number), false, commentary,
                BatchSource.COVERAGE, questions.get(0).followUpRound());
    }

    private ObjectNode record(InterviewSession session, int pass, int max) {
        ObjectNode record = JSON.createObjectNode().put("pass", pass).put("maxPasses", max)
                .put("winner", session.winnerModel().value()).put("reviewedBatch", session.lastBatchNumber());
        record.putObject("followUpBudget").put("total", session.maxFollowUps())
                .put("used", session.coverageFollowUpsUsed()).put("remaining", session.coverageFollowUpsRemaining());
        record.put("at", clock.instant().toString());
        return record;
    }

    private static JsonNode read(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw InterviewStore.lost("a stored coverage record is not JSON");
        }
    }
}
