package dev.loopwright.application.delivery;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A ticket with its project and its working copy: where every delivery step works. */
record TicketSite(Ticket ticket, Project project, TicketWorkspace workspace) {
    TicketSite {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(workspace, "workspace");
    }

    /** The ticket's site; a missing working copy fails with {@code code}, since nothing can be delivered without it. */
    static TicketSite of(DeliveryPorts ports, TicketId id, String code) {
        Ticket ticket = ports.tickets().findById(id).orElseThrow(() -> new PhaseFailure("The ticket no longer exists",
                List.of(code), Optional.empty()));
        Project project = ports.projects().findById(ticket.projectId()).orElseThrow(() -> new PhaseFailure(
                "The ticket's project no longer exists", List.of(code), Optional.empty()));
        String branch = ticket.externalId().toString();
        TicketWorkspace workspace = ports.git().findTicketWorkspace(project.folderPath(), branch)
                .filter(found -> Files.isDirectory(found.workingCopy()))
                .orElseThrow(() -> new PhaseFailure("The ticket's working copy on branch " + branch
                        + " is missing from " + project.folderPath(), List.of(code), Optional.empty()));
        return new TicketSite(ticket, project, workspace);
    }

    String externalId() {
        return ticket.externalId().toString();
    }

    /** The one commit message, and pull-request title, the ticket is delivered under. */
    String deliveryTitle() {
        return externalId() + ": " + ticket.details().title();
    }
}
