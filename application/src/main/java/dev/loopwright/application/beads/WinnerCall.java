package dev.loopwright.application.beads;

import dev.loopwright.application.council.CouncilMember;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.SoloPrompt;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One prompt to the beads council's winner, who audits, revises and expands its own plan: with the council's retry
 * rules, within the council's response timeout per prompt, each attempt kept raw in {@code <step>_attempt}.
 */
final class WinnerCall {
    private final BeadsPorts ports;
    private final BeadsStore store;
    private final CouncilSettingsSource settings;
    private final PromptBuilder prompts;
    private final SoloPrompt solo;

    WinnerCall(BeadsPorts ports, BeadsStore store, CouncilSettingsSource settings, PromptBuilder prompts) {
        this.ports = ports;
        this.store = store;
        this.settings = settings;
        this.prompts = prompts;
        this.solo = new SoloPrompt(ports.runtime());
    }

    Ticket ticket(TicketId ticketId) {
        return ports.tickets().findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
    }

    static LockedSettings locked(Ticket ticket) {
        return ticket.workflow().lockedSettings().orElseThrow(() -> BeadsStore.lost("the ticket's locked settings are"
                + " missing"));
    }

    /** The spec's prompt with only the context its phase may see. */
    String prompt(PromptSpec spec, Map<ContextKey, String> context) {
        Map<ContextKey, String> allowed = new EnumMap<>(ContextKey.class);
        context.forEach((key, value) -> {
            if (spec.phase().allowed().contains(key)) {
                allowed.put(key, value);
            }
        });
        return prompts.build(spec, allowed).text();
    }

    <V> SoloPrompt.Answer<V> ask(Ticket ticket, TicketStatus phase, String step, PromptSpec spec, String prompt,
            Function<String, Validated<V>> reader, Cancellation cancellation) {
        LockedSettings locked = locked(ticket);
        String winner = store.winner(ticket.id());
        CouncilMember member = CouncilMember.roster(locked).stream().filter(seat -> seat.id().equals(winner))
                .findFirst().orElseThrow(() -> BeadsStore.lost("the winner " + winner + " is not on the council"));
        Project project = ports.projects().findById(ticket.projectId())
                .orElseThrow(() -> NotFoundException.project(ticket.projectId()));
        SoloPrompt.Ask ask = new SoloPrompt.Ask(member, project.folderPath(), ticket.externalId() + " beads " + step,
                prompt, spec.outputFormat(), locked.structuredRetryCount(),
                settings.settingsFor(ticket).responseTimeout());
        String rawType = "beads_" + step + "_attempt";
        return solo.ask(ask, step, reader, cancellation,
                raw -> store.appendDiagnostic(ticket.id(), phase, rawType, raw));
    }
}
