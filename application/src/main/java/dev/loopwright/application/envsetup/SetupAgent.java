package dev.loopwright.application.envsetup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model's part of one setup attempt: the locked main implementer, with coding tools, carries out the approved
 * plan in a session recorded under the ticket's ownership (so a retry note can continue it), and ends with a result
 * block. An unreadable block gets a corrective prompt in the same session, within the ticket's structured retry
 * count. What it returns is the agent's claim; the phase verifies it.
 */
final class SetupAgent {
    /** The session step name under which setup sessions are recorded. */
    static final String STEP = "execution_setup";
    /** A prompt needs a deadline; with the setting at "no limit" this one stands in. */
    private static final Duration NO_LIMIT = Duration.ofDays(1);

    private final ModelRuntime runtime;
    private final SessionRegistry sessions;
    private final PromptBuilder prompts;
    private final Clock clock;
    private final PromptTemplate template = PromptTemplate.load("execution-setup", PromptPhase.EXECUTION_SETUP);

    SetupAgent(ModelRuntime runtime, SessionRegistry sessions, PromptBuilder prompts, Clock clock) {
        this.runtime = runtime;
        this.sessions = sessions;
        this.prompts = prompts;
        this.clock = clock;
    }

    /** One attempt's inputs: the ticket, where it works, the approved plan (as stored and as read), earlier notes. */
    record Request(Ticket ticket, LockedSettings locked, int phaseAttempt, int setupAttempt, Path workingCopy,
            String approvedText, ExecutionSetupPlan plan, List<String> notes, Deadline deadline) {
    }

    /** The agent's result or why there is none, every raw reply, and the session it worked in. */
    record Outcome(Optional<SetupResult> result, Optional<SetupFailure> failure, List<String> warnings,
            ArrayNode replies, Optional<String> sessionId) {
    }

    /** A new session, told to carry out the plan. */
    Outcome start(Request request, Cancellation cancellation) {
        RuntimeSession session;
        try {
            session = runtime.openSession(new SessionRequest(request.workingCopy(),
                    request.ticket().externalId() + " execution setup " + request.setupAttempt()));
        } catch (ModelRuntimeException e) {
            return failed(e, EnvSetupStore.JSON.createArrayNode(), Optional.empty());
        }
        sessions.save(new OwnedSession(session.id(), owner(request), SessionState.ACTIVE, clock.instant(),
                clock.instant()));
        return converse(session, firstPrompt(request), request, cancellation);
    }

    /** The person's note as the next prompt of the session a failed attempt left. */
    Outcome resume(RuntimeSession session, String note, Request request, Cancellation cancellation) {
        sessions.findById(session.id()).ifPresent(owned -> sessions.save(owned.withState(SessionState.ACTIVE,
                clock.instant())));
        return converse(session, note.strip() + "\n\nWhen you are done, end your reply with the result block in the"
                + " format you were given:\n" + format(), request, cancellation);
    }

    /** Records how the session's work ended: completed when accepted, abandoned (but kept) otherwise. */
    void finish(String sessionId, boolean accepted) {
        sessions.findById(sessionId).ifPresent(owned -> sessions.save(owned.withState(accepted ? SessionState.COMPLETED
                : SessionState.ABANDONED, clock.instant())));
    }

    private Outcome converse(RuntimeSession session, String first, Request request, Cancellation cancellation) {
        cancellation.onCancel(() -> runtime.abort(session));
        ArrayNode replies = EnvSetupStore.JSON.createArrayNode();
        Optional<String> id = Optional.of(session.id());
        String text = first;
        String problem = "no reply";
        for (int tries = 0; tries <= request.locked().structuredRetryCount(); tries++) {
            cancellation.throwIfCancelled();
            Optional<Duration> left = request.deadline().remaining();
            if (left.isPresent() && left.get().isZero()) {
                return new Outcome(Optional.empty(), Optional.of(SetupFailure.of(SetupFailure.Kind.TIMEOUT,
                        "The setup attempt ran out of time")), List.of(), replies, id);
            }
            String reply;
            try {
                reply = runtime.prompt(new PromptRequest(session, request.locked().mainImplementer(),
                        request.locked().mainImplementerVariant(), Optional.empty(), Optional.empty(), text,
                        ToolPolicy.CODING, left.orElse(NO_LIMIT))).text();
            } catch (ModelRuntimeException e) {
                cancellation.throwIfCancelled();
                return failed(e, replies, id);
            }
            replies.addObject().put("try", tries + 1).put("reply", reply);
            SetupResult.Reading reading = SetupResult.read(reply, request.plan());
            if (reading instanceof SetupResult.Usable) {
                SetupResult.Usable usable = (SetupResult.Usable) reading;
                return new Outcome(Optional.of(usable.result()), Optional.empty(), usable.warnings(), replies, id);
            }
            SetupResult.Unusable unusable = (SetupResult.Unusable) reading;
            problem = unusable.problem();
            if (!unusable.corrective()) {
                break;
            }
            text = "Your result block could not be used: " + problem + "\n\nDo not redo the setup. Reply again with"
                    + " exactly one result block that fixes every problem named:\n" + format();
        }
        return new Outcome(Optional.empty(), Optional.of(SetupFailure.of(SetupFailure.Kind.INVALID_RESULT,
                "The setup agent's result could not be used: " + problem)), List.of(), replies, id);
    }

    private static Outcome failed(ModelRuntimeException e, ArrayNode replies, Optional<String> sessionId) {
        SetupFailure.Kind kind = e.kind() == RuntimeFailureKind.TIMEOUT ? SetupFailure.Kind.TIMEOUT
                : e.kind() == RuntimeFailureKind.UNREACHABLE ? SetupFailure.Kind.RUNTIME_UNREACHABLE
                : SetupFailure.Kind.MODEL;
        replies.addObject().put("error", e.kind() + ": " + e.getMessage());
        return new Outcome(Optional.empty(), Optional.of(SetupFailure.of(kind, "The setup session failed ("
                + e.kind() + "): " + e.getMessage())), List.of(), replies, sessionId);
    }

    private String firstPrompt(Request request) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.TICKET_DETAILS, "# Ticket " + request.ticket().externalId() + ": "
                + request.ticket().details().title() + "\n\n"
                + request.ticket().details().description().orElse("(no description)"));
        context.put(ContextKey.EXECUTION_SETUP_PLAN, request.approvedText());
        if (!request.notes().isEmpty()) {
            context.put(ContextKey.EXECUTION_SETUP_NOTES, request.notes().stream().map(note -> "- " + note)
                    .collect(Collectors.joining("\n")));
        }
        return prompts.build(template.render(Map.of("ticket_worktree", request.workingCopy().toString())), context)
                .text();
    }

    private String format() {
        return template.render(Map.of("ticket_worktree", ".")).outputFormat();
    }

    private static SessionOwner owner(Request request) {
        return new SessionOwner(request.ticket().id(), EnvSetupStore.PHASE, request.phaseAttempt(),
                Optional.of(request.locked().mainImplementer().toString()), Optional.empty(),
                Optional.of(request.setupAttempt()), Optional.of(STEP));
    }
}
