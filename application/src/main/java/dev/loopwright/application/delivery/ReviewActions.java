package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.github.HostedRepository;
import dev.loopwright.application.port.out.github.PullRequest;
import dev.loopwright.application.port.out.github.PullRequestState;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.util.List;
import java.util.Optional;

/**
 * The person's decision in WAITING_PR_REVIEW: merge the delivered candidate, or finish without merging. Either way
 * a {@value DeliveryArtifacts#MERGE_REPORT} is stored and the ticket moves on to cleanup. A merge that cannot be
 * done (a conflict, local changes in the way, GitHub refusing) blocks the ticket with the reason and changes
 * nothing; retrying returns to the review, and merging again is safe because an already merged candidate counts as
 * merged.
 * <p>
 * A local delivery merges the ticket branch into the base branch of the repository, updating the user's checkout
 * when it has the base branch checked out. A GitHub delivery merges the pull request there and, like the reference,
 * leaves the local checkout alone; the remote branch is left for GitHub's own branch-deletion setting.
 */
public final class ReviewActions {
    static final TicketStatus PHASE = TicketStatus.WAITING_PR_REVIEW;
    public static final String NOT_WAITING = "Ticket is not waiting for pull request review";

    private final DeliveryPorts ports;
    private final DeliveryStore store;

    ReviewActions(DeliveryPorts ports, DeliveryStore store) {
        this.ports = ports;
        this.store = store;
    }

    /** A merge that cannot be done now; the message tells the person what to do. */
    private static final class MergeProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MergeProblem(String message) {
            super(message);
        }
    }

    /** Merges, or blocks the ticket when merging fails; returns the ticket as it is afterwards. */
    public synchronized Ticket merge(Ticket requested) {
        Ticket ticket = current(requested);
        JsonNode delivery = delivery(ticket);
        ObjectNode report;
        try {
            TicketSite site = TicketSite.of(ports, ticket.id(), DeliveryArtifacts.MERGE_FAILED);
            report = DeliveryTarget.isGitHub(delivery.path("mode").asText()) ? mergeOnGitHub(site, delivery)
                    : mergeLocally(site, delivery);
        } catch (RuntimeException problem) {
            // Like a phase handler's failure: whatever stopped the merge blocks the ticket with its reason.
            String message = "Merge failed: " + (problem.getMessage() == null ? problem.getClass().getSimpleName()
                    : problem.getMessage());
            store.log(ticket.id(), PHASE, TicketNotification.LogLine.Level.ERROR, message);
            ports.transitions().apply(ticket.id(), new TicketEvent.Failure(TicketEventType.ERROR, message,
                    List.of(DeliveryArtifacts.MERGE_FAILED), Optional.empty()));
            return ports.tickets().findById(ticket.id()).orElseThrow();
        }
        store.append(ticket.id(), PHASE, DeliveryArtifacts.MERGE_REPORT, report);
        return apply(ticket, TicketEventType.MERGE_COMPLETE);
    }

    /** Finishes the ticket without merging; the branch, and any pull request, stay as they are. */
    public synchronized Ticket closeUnmerged(Ticket requested) {
        Ticket ticket = current(requested);
        JsonNode delivery = delivery(ticket);
        ObjectNode report = base(delivery, "closed_unmerged");
        report.put("message", "Finished without merging; branch " + delivery.path("branch").asText()
                + " is kept" + (delivery.has("prUrl") ? " and pull request " + delivery.path("prUrl").asText()
                + " is left as it is" : ""));
        store.append(ticket.id(), PHASE, DeliveryArtifacts.MERGE_REPORT, report);
        return apply(ticket, TicketEventType.CLOSE_UNMERGED_COMPLETE);
    }

    /** Read again inside the lock: a merge that just finished has moved the ticket on. */
    private Ticket current(Ticket ticket) {
        return ports.tickets().findById(ticket.id()).orElse(ticket);
    }

    private JsonNode delivery(Ticket ticket) {
        if (ticket.status() != PHASE) {
            throw new ConflictException(NOT_WAITING);
        }
        return store.newest(ticket.id(), PullRequestPhase.PHASE, DeliveryArtifacts.PULL_REQUEST_REPORT)
                .orElseThrow(() -> new ConflictException("Pull request report not found"));
    }

    private ObjectNode mergeLocally(TicketSite site, JsonNode delivery) {
        CommitId candidate = new CommitId(delivery.path("candidateCommit").asText());
        CommitId head = ports.git().headCommit(site.workspace());
        if (!head.equals(candidate)) {
            throw new MergeProblem("branch " + site.externalId() + " is at " + head.value() + ", not at the reviewed"
                    + " candidate " + candidate.value());
        }
        // Fast-forward keeps the base history to the one squashed commit when the base has not moved meanwhile.
        MergeResult result = ports.git().mergeIntoBase(site.workspace(), "Merge " + site.deliveryTitle(),
                MergeMode.FAST_FORWARD_WHEN_POSSIBLE);
        ObjectNode report = base(delivery, "merged");
        if (result instanceof MergeResult.Merged) {
            MergeResult.Merged merged = (MergeResult.Merged) result;
            report.put("baseHead", merged.newBaseHead().value()).put("fastForward", merged.fastForward())
                    .put("alreadyMerged", false);
        } else if (result instanceof MergeResult.AlreadyMerged) {
            report.put("baseHead", ((MergeResult.AlreadyMerged) result).baseHead().value())
                    .put("alreadyMerged", true);
        } else if (result instanceof MergeResult.Conflicted) {
            throw new MergeProblem(site.externalId() + " conflicts with " + site.workspace().baseBranch() + " in: "
                    + String.join(", ", ((MergeResult.Conflicted) result).paths()) + "; nothing was merged");
        } else {
            MergeResult.BlockedByLocalChanges blocked = (MergeResult.BlockedByLocalChanges) result;
            throw new MergeProblem("local changes in " + blocked.checkout() + " would be overwritten: "
                    + String.join(", ", blocked.paths()) + "; commit or stash them, then retry the ticket and merge"
                    + " again. Nothing was merged");
        }
        report.put("message", "Merged " + site.externalId() + " into " + site.workspace().baseBranch());
        return report;
    }

    private ObjectNode mergeOnGitHub(TicketSite site, JsonNode delivery) {
        if (ports.pullRequests().isEmpty()) {
            throw new MergeProblem("the pull request is on GitHub but no GitHub token is configured any more");
        }
        PullRequestHost host = ports.pullRequests().get();
        String[] slug = delivery.path("repository").asText().split("/", 2);
        HostedRepository repository = new HostedRepository(slug[0], slug.length > 1 ? slug[1] : "");
        int number = delivery.path("prNumber").asInt();
        String candidate = delivery.path("candidateCommit").asText();
        PullRequest pullRequest = host.get(repository, number);
        if (pullRequest.state() != PullRequestState.MERGED) {
            if (pullRequest.state() == PullRequestState.CLOSED) {
                throw new MergeProblem("pull request #" + number + " was closed on GitHub without merging");
            }
            if (!pullRequest.headSha().equals(candidate)) {
                throw new MergeProblem("pull request #" + number + " is at " + pullRequest.headSha()
                        + ", not at the reviewed candidate " + candidate);
            }
            if (pullRequest.state() == PullRequestState.DRAFT) {
                host.markReady(repository, number);
            }
            host.merge(repository, number, pullRequest.title(), candidate);
            pullRequest = host.get(repository, number);
            if (pullRequest.state() != PullRequestState.MERGED) {
                throw new MergeProblem("GitHub accepted the merge of #" + number + " but reports it "
                        + pullRequest.state().wireName());
            }
        }
        return base(delivery, "merged").put("prNumber", number).put("prUrl", pullRequest.url())
                .put("prState", pullRequest.state().wireName()).put("message", "Merged pull request #" + number
                        + " on " + repository.slug());
    }

    private ObjectNode base(JsonNode delivery, String disposition) {
        ObjectNode report = store.object().put("status", "passed").put("disposition", disposition)
                .put("mode", delivery.path("mode").asText()).put("branch", delivery.path("branch").asText())
                .put("baseBranch", delivery.path("baseBranch").asText())
                .put("candidateCommit", delivery.path("candidateCommit").asText());
        if (delivery.has("prNumber")) {
            report.put("prNumber", delivery.path("prNumber").asInt()).put("prUrl", delivery.path("prUrl").asText());
        }
        return report;
    }

    private Ticket apply(Ticket ticket, TicketEventType type) {
        TransitionResult result = ports.transitions().apply(ticket.id(), TicketEvent.of(type));
        if (result instanceof TransitionResult.Rejected) {
            TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
            throw new WorkflowConflictException(rejected.status(), rejected.event(), rejected.reason());
        }
        return ports.tickets().findById(ticket.id()).orElseThrow();
    }
}
