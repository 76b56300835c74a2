package dev.loopwright.application.beads;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.council.SoloPrompt;
import dev.loopwright.application.council.beads.BeadsCouncil;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EXPANDING_BEADS: the council's winner expands the newest blueprint into the final plan (see
 * {@link ExpansionReader} for who owns which field). The plan is stored as JSON Lines in the home attempt
 * ({@value BeadsArtifacts#PLAN}); a plan already stored there is not expanded again after a restart. A reply whose
 * dependency graph is still invalid after the retries blocks the ticket with {@value #PLAN_INVALID}; any other
 * unusable reply with {@value #FAILED}. Either way every raw reply is kept in {@code beads_expand_attempt}.
 */
final class BeadsExpansion {
    static final String FAILED = "BEADS_EXPANSION_FAILED";
    static final String PLAN_INVALID = "BEAD_PLAN_INVALID";

    private final BeadsStore store;
    private final WinnerCall winner;
    private final BeadsCouncil council;
    private final Clock clock;
    private final PromptTemplate template = PromptTemplate.load("beads-expand", PromptPhase.BEADS_EXPAND);

    BeadsExpansion(BeadsStore store, WinnerCall winner, BeadsCouncil council, Clock clock) {
        this.store = store;
        this.winner = winner;
        this.council = council;
        this.clock = clock;
    }

    TicketEvent run(TicketId ticketId, Cancellation cancellation) {
        if (store.latest(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.PLAN).isPresent()) {
            return TicketEvent.of(TicketEventType.EXPANDED);
        }
        Ticket ticket = winner.ticket(ticketId);
        String prd = store.prd(ticketId, FAILED);
        BeadsStore.Candidate candidate = store.candidate(ticketId);
        PromptSpec spec = template.render(Map.of());
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.TICKET_DETAILS, BeadsCouncil.ticketDetails(ticket));
        council.relevantFiles(ticket).ifPresent(files -> context.put(ContextKey.RELEVANT_FILES, files));
        context.put(ContextKey.PRD, prd);
        context.put(ContextKey.BEADS_DRAFT, candidate.yaml());
        ExpansionReader reader = new ExpansionReader(candidate.plan(), ticket.externalId(), clock.instant());
        SoloPrompt.Answer<BeadPlan> answer = winner.ask(ticket, BeadsArtifacts.HOME, "expand", spec,
                winner.prompt(spec, context), reader::read, cancellation);
        if (answer.value().isEmpty()) {
            Optional<String> graph = reader.graphProblem();
            String kept = " The model's replies are kept in the beads_expand_attempt artifacts.";
            if (graph.isPresent()) {
                throw new PhaseFailure("The expanded bead plan has an invalid dependency graph: " + graph.get() + "."
                        + kept, List.of(PLAN_INVALID), Optional.of(answer.problem()));
            }
            throw new PhaseFailure("The bead plan could not be expanded after " + answer.attempts() + " prompt(s): "
                    + answer.problem() + "." + kept, List.of(FAILED), Optional.empty());
        }
        BeadPlan plan = answer.value().get();
        ObjectNode record = BeadsStore.mapper().createObjectNode().put("winner", store.winner(ticketId))
                .put("candidateVersion", candidate.version()).put("semanticPlan", candidate.yaml())
                .put("beadCount", plan.beads().size()).put("waves", plan.executionOrder().count())
                .put("at", clock.instant().toString());
        answer.warnings().forEach(record.putArray("warnings")::add);
        store.put(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.EXPANDED, record.toString());
        store.put(ticketId, BeadsArtifacts.HOME, BeadsArtifacts.PLAN, BeadsJsonl.write(plan));
        return TicketEvent.of(TicketEventType.EXPANDED);
    }
}
