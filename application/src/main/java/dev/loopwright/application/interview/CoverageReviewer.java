package dev.loopwright.application.interview;

import dev.loopwright.application.council.Validated;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One coverage pass with the interview's winner: a fresh runtime session without tools, our {@code
 * interview-coverage} prompt with the ticket and every question with its answer, and the reply read by
 * {@link CoverageReader}. A reply that cannot be used gets a correction in the same session; an empty reply, an echo
 * or a failed call gets the prompt again in a fresh session. Both are bounded by the ticket's structured retry count;
 * after that the pass fails with {@link InterviewTurnException}.
 */
final class CoverageReviewer {
    private static final Logger LOG = LoggerFactory.getLogger(CoverageReviewer.class);

    /** What a pass asks: its number, the limit, and how many follow-ups it may add. */
    record Pass(int number, int maxPasses, int followUpLimit) {
    }

    /** A usable reply, with the repairs it needed and the text it came from. */
    record Review(CoverageReader.Verdict verdict, List<String> warnings, String reply, int attempts) {
        Review {
            warnings = List.copyOf(warnings);
        }
    }

    private final PromptTemplate template = PromptTemplate.load("interview-coverage", PromptPhase.INTERVIEW_COVERAGE);
    private final ModelRuntime runtime;
    private final PromptBuilder builder;

    CoverageReviewer(ModelRuntime runtime, PromptBuilder builder) {
        this.runtime = runtime;
        this.builder = builder;
    }

    Review review(Ticket ticket, Interviewer.Setup setup, InterviewSession session, Pass pass,
            Cancellation cancellation) {
        PromptSpec spec = spec(pass);
        String opening = prompt(ticket, session, spec);
        RuntimeSession current = open(ticket, setup);
        String text = opening;
        String problem = "no attempt was made";
        int attempts = 1 + setup.retries();
        try {
            for (int attempt = 1; attempt <= attempts; attempt++) {
                cancellation.throwIfCancelled();
                RuntimeSession asked = current;
                cancellation.onCancel(() -> runtime.abort(asked));
                String reply;
                try {
                    reply = runtime.prompt(new PromptRequest(current, setup.winner().model(),
                            setup.winner().variant(), Optional.empty(), Optional.empty(), text,
                            ToolPolicy.NONE, setup.timeout())).text();
                } catch (ModelRuntimeException failure) {
                    if (cancellation.isCancelled()) {
                        throw new Cancellation.CancelledException();
                    }
                    problem = "the model call failed (" + failure.kind() + "): " + failure.getMessage();
                    current = fresh(ticket, setup, current);
                    text = opening;
                    continue;
                }
                Validated<CoverageReader.Verdict> read = CoverageReader.read(reply, session, pass.followUpLimit());
                if (read instanceof Validated.Valid) {
                    Validated.Valid<CoverageReader.Verdict> valid = (Validated.Valid<CoverageReader.Verdict>) read;
                    return new Review(valid.value(), valid.warnings(), reply, attempt);
                }
                Validated.Invalid<CoverageReader.Verdict> invalid = (Validated.Invalid<CoverageReader.Verdict>) read;
                problem = invalid.error();
                if (invalid.resend()) {
                    current = fresh(ticket, setup, current);
                    text = opening;
                } else {
                    text = correction(spec, invalid.error(), reply);
                }
            }
        } finally {
            discard(current);
        }
        throw new InterviewTurnException("The coverage reviewer " + setup.winner().id() + " gave no usable answer"
                + " after " + attempts + " attempt(s): " + problem);
    }

    /** The whole task: the ticket, then every question of the interview with its answer. */
    String prompt(Ticket ticket, InterviewSession session, PromptSpec spec) {
        StringBuilder answers = new StringBuilder();
        for (String id : session.questionIds()) {
            if (session.answer(id).isPresent()) {
                answers.append(InterviewMessages.answerLine(session, id));
            } else {
                answers.append("- ").append(id).append(" (").append(session.question(id).orElseThrow().prompt())
                        .append("): [not asked]\n");
            }
        }
        return builder.build(spec, Map.of(ContextKey.TICKET_DETAILS, InterviewMessages.details(ticket),
                ContextKey.USER_ANSWERS, answers.toString())).text();
    }

    PromptSpec spec(Pass pass) {
        return template.render(Map.of("pass", String.valueOf(pass.number()), "max_passes",
                String.valueOf(pass.maxPasses()), "follow_up_limit", String.valueOf(pass.followUpLimit())));
    }

    private static String correction(PromptSpec spec, String error, String reply) {
        String quoted = reply.length() > InterviewMessages.MAX_QUOTED_REPLY
                ? reply.substring(0, InterviewMessages.MAX_QUOTED_REPLY) + "\n[… cut]" : reply;
        return "Your coverage review could not be used: " + error + "\n\nReview the same interview again and reply"
                + " with exactly one YAML document in this format:\n\n" + spec.outputFormat()
                + "\n\nYour last reply, for reference:\n\n~~~~text\n" + quoted.strip() + "\n~~~~\n";
    }

    private RuntimeSession fresh(Ticket ticket, Interviewer.Setup setup, RuntimeSession old) {
        discard(old);
        return open(ticket, setup);
    }

    private RuntimeSession open(Ticket ticket, Interviewer.Setup setup) {
        return runtime.openSession(new SessionRequest(setup.directory(), ticket.externalId() + " interview coverage"));
    }

    /** Closing is housekeeping: a runtime that cannot be told is logged, never allowed to fail the pass. */
    private void discard(RuntimeSession session) {
        try {
            runtime.close(session);
        } catch (RuntimeException e) {
            LOG.warn("Could not close coverage session {}: {}", session.id(), e.getMessage());
        }
    }
}
