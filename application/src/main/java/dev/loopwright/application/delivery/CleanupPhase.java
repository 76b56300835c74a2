package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CLEANING_ENV: removes the ticket's runtime scratch ({@value #RUNTIME} in its working copy: setup caches, temporary
 * files) and records what it removed and kept. Always ends with CLEANUP_DONE: a file that cannot be removed is a
 * warning in the report, never a blocked ticket, and running it again just finds less to remove.
 * <p>
 * Policy: the ticket branch and the working copy are kept, as in the reference, so the finished work can still be
 * inspected; the working copy (and the branch) go when the ticket is deleted or cancelled with
 * {@code deleteContent}. The runtime scratch is the only thing that goes on completion.
 */
final class CleanupPhase implements PhaseHandler {
    static final TicketStatus PHASE = TicketStatus.CLEANING_ENV;
    static final String RUNTIME = GitWorkspace.TICKET_METADATA_FOLDER + "/runtime";

    private final DeliveryPorts ports;
    private final DeliveryStore store;

    CleanupPhase(DeliveryPorts ports, DeliveryStore store) {
        this.ports = ports;
        this.store = store;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        Ticket ticket = ports.tickets().findById(context.ticketId()).orElseThrow();
        List<String> removed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ObjectNode report = store.object();
        Optional<Project> project = ports.projects().findById(ticket.projectId());
        Optional<TicketWorkspace> workspace = project.flatMap(found -> ports.git()
                .findTicketWorkspace(found.folderPath(), ticket.externalId().toString()));
        if (workspace.isPresent()) {
            Path runtime = workspace.get().workingCopy().resolve(RUNTIME);
            removeTree(runtime, removed, errors);
            report.put("workingCopy", workspace.get().workingCopy().toString());
        } else {
            errors.add("the ticket's working copy was not found, so there was nothing to clean in it");
        }
        report.put("status", errors.isEmpty() ? "clean" : "warning").put("branch", ticket.externalId().toString())
                .put("workingCopyPolicy", "kept until the ticket is deleted or cancelled with deleteContent");
        DeliveryStore.putAll(report, "removed", removed);
        DeliveryStore.putAll(report, "errors", errors);
        DeliveryStore.putAll(report, "kept", List.of("branch " + ticket.externalId(), "working copy"));
        store.append(ticket.id(), PHASE, DeliveryArtifacts.CLEANUP_REPORT, report);
        removed.forEach(path -> store.info(ticket.id(), PHASE, "Removed " + path));
        errors.forEach(error -> store.log(ticket.id(), PHASE, TicketNotification.LogLine.Level.WARN, error));
        return Optional.of(TicketEvent.of(TicketEventType.CLEANUP_DONE));
    }

    /** Deletes the folder's contents deepest first, then the folder; never follows a link out of it. */
    private static void removeTree(Path root, List<String> removed, List<String> errors) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            errors.add("could not list " + RUNTIME + ": " + e.getMessage());
            return;
        }
        for (Path path : paths) {
            try {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            } catch (IOException e) {
                errors.add("could not remove " + root.getParent().getParent().relativize(path) + ": " + e);
            }
        }
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            removed.add(RUNTIME);
        }
    }
}
