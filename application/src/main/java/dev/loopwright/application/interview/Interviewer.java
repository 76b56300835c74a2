package dev.loopwright.application.interview;

import dev.loopwright.application.council.CouncilMember;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation with the interviewing model: one runtime session per ticket, kept while this process runs, so
 * each turn only sends the new answers. A reply that cannot be used gets a correction in the same session; a failed
 * call gets a fresh session that is told the interview so far. Both are bounded by the ticket's structured retry
 * count. After a restart there is no live session and the next turn opens a fresh one from the snapshot, which is
 * the truth: a resumed runtime session could not tell which of our messages reached it.
 */
final class Interviewer {
    private static final Logger LOG = LoggerFactory.getLogger(Interviewer.class);

    /** Who interviews, where, and how patiently. */
    record Setup(CouncilMember winner, Path directory, Duration timeout, int retries) {
    }

    private final ModelRuntime runtime;
    private final InterviewMessages messages;
    private final Clock clock;
    private final Map<TicketId, RuntimeSession> live = new ConcurrentHashMap<>();

    Interviewer(ModelRuntime runtime, InterviewMessages messages, Clock clock) {
        this.runtime = runtime;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The interviewer's next turn for {@code session}. {@code answers} is what to send in a live session; without a
     * live session the opening prompt (with the interview so far) goes to a fresh one.
     */
    Turn next(Ticket ticket, Setup setup, InterviewSession session, Optional<String> answers,
            Cancellation cancellation) {
        RuntimeSession current = live.remove(ticket.id());
        String text;
        if (current != null && answers.isPresent()) {
            text = answers.get();
        } else {
            discard(current);
            current = open(ticket, setup);
            text = messages.opening(ticket, session);
        }
        String problem = "no attempt was made";
        for (int attempt = 1; attempt <= 1 + setup.retries(); attempt++) {
            cancellation.throwIfCancelled();
            RuntimeSession asked = current;
            cancellation.onCancel(() -> runtime.abort(asked));
            String reply;
            try {
                reply = runtime.prompt(new PromptRequest(current, setup.winner().model(), setup.winner().variant(),
                        Optional.empty(), Optional.empty(), text, ToolPolicy.NONE, setup.timeout())).text();
            } catch (ModelRuntimeException failure) {
                if (cancellation.isCancelled()) {
                    throw new Cancellation.CancelledException();
                }
                problem = "the model call failed (" + failure.kind() + "): " + failure.getMessage();
                discard(current);
                current = open(ticket, setup);
                text = messages.opening(ticket, session);
                continue;
            }
            Validated<Turn> read = TurnReader.read(reply, session, clock.instant());
            if (read instanceof Validated.Valid) {
                live.put(ticket.id(), current);
                return ((Validated.Valid<Turn>) read).value();
            }
            Validated.Invalid<Turn> invalid = (Validated.Invalid<Turn>) read;
            problem = invalid.error();
            if (!invalid.resend()) {
                text = messages.correction(session, invalid.error(), reply);
            }
        }
        discard(current);
        throw new InterviewTurnException("The interviewer " + setup.winner().id() + " gave no usable turn after "
                + (1 + setup.retries()) + " attempt(s): " + problem);
    }

    /** Ends the ticket's conversation, e.g. when the interview is skipped or finished. */
    void end(TicketId ticketId) {
        RuntimeSession current = live.remove(ticketId);
        if (current != null) {
            runtime.abort(current);
            discard(current);
        }
    }

    private RuntimeSession open(Ticket ticket, Setup setup) {
        return runtime.openSession(new SessionRequest(setup.directory(), ticket.externalId() + " interview"));
    }

    /** Closing is housekeeping: a runtime that cannot be told is logged, never allowed to fail the turn. */
    private void discard(RuntimeSession session) {
        if (session == null) {
            return;
        }
        try {
            runtime.close(session);
        } catch (RuntimeException e) {
            LOG.warn("Could not close interview session {}: {}", session.id(), e.getMessage());
        }
    }
}
