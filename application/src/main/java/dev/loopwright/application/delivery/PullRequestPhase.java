package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.github.PullRequest;
import dev.loopwright.application.port.out.github.PullRequestDraft;
import dev.loopwright.application.port.out.github.PullRequestHostException;
import dev.loopwright.application.port.out.github.PullRequestState;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Optional;

/**
 * CREATING_PULL_REQUEST: presents the integrated candidate commit for review. On GitHub (a GitHub origin and a
 * token) the ticket branch is pushed, lease-protected, and a draft pull request is opened, or the existing one
 * updated. Otherwise the delivery stays local: the report describes the branch and its diff for review, and the
 * merge later happens in the repository itself. Running again pushes nothing new and updates the same pull request.
 */
final class PullRequestPhase implements PhaseHandler {
    static final TicketStatus PHASE = TicketStatus.CREATING_PULL_REQUEST;
    static final String REMOTE = "origin";

    private final DeliveryPorts ports;
    private final DeliveryStore store;
    private final ApprovedInputs inputs;

    PullRequestPhase(DeliveryPorts ports, DeliveryStore store, ApprovedInputs inputs) {
        this.ports = ports;
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public Optional<TicketEvent> run(PhaseContext context) {
        TicketSite site = TicketSite.of(ports, context.ticketId(), DeliveryArtifacts.PULL_REQUEST_FAILED);
        TicketId id = site.ticket().id();
        JsonNode integration = store.newest(id, IntegrationPhase.PHASE, DeliveryArtifacts.INTEGRATION_REPORT)
                .orElseThrow(() -> failure("No integration report: the ticket's changes were never squashed"));
        CommitId candidate = new CommitId(integration.path("candidateCommit").asText());
        CommitId mergeBase = new CommitId(integration.path("mergeBase").asText());
        CommitId head = ports.git().headCommit(site.workspace());
        if (!head.equals(candidate)) {
            // Delivering something other than what was integrated would skip the review of the real content.
            throw failure("Branch " + site.externalId() + " moved after integration: it is at " + head.value()
                    + ", the integrated candidate is " + candidate.value());
        }
        DiffSummary diff = DiffSummary.of(ports.git().diffCommits(site.workspace(), mergeBase, candidate));
        PullRequestText text = PullRequestText.compose(site, inputs.beadTitles(id), diff, candidate.value());
        DeliveryTarget target = DeliveryTarget.of(ports.inspector(), site.project().folderPath(),
                ports.pullRequests());
        ObjectNode report = store.object().put("status", "ready").put("mode", target.mode())
                .put("branch", site.externalId()).put("baseBranch", site.workspace().baseBranch())
                .put("candidateCommit", candidate.value()).put("mergeBase", mergeBase.value())
                .put("title", text.title()).put("body", text.body());
        diff.writeTo(report.putObject("diff"));
        context.cancellation().throwIfCancelled();
        if (target instanceof DeliveryTarget.GitHub) {
            openOnGitHub(site, (DeliveryTarget.GitHub) target, text, candidate, report);
        } else {
            report.put("reason", ((DeliveryTarget.Local) target).reason());
            store.info(id, PHASE, "Delivering locally (" + ((DeliveryTarget.Local) target).reason() + "): branch "
                    + site.externalId() + " at " + candidate.value() + ", " + diff.totals());
        }
        store.append(id, PHASE, DeliveryArtifacts.PULL_REQUEST_REPORT, report);
        return Optional.of(TicketEvent.of(TicketEventType.PULL_REQUEST_READY));
    }

    private void openOnGitHub(TicketSite site, DeliveryTarget.GitHub github, PullRequestText text, CommitId candidate,
            ObjectNode report) {
        String branch = site.externalId();
        String base = site.workspace().baseBranch();
        // The squash rewrote the branch, so a push must replace it, but never over someone else's newer push.
        PushResult pushed = ports.git().push(site.project().folderPath(), REMOTE, branch, PushMode.FORCE_WITH_LEASE);
        if (!pushed.status().isSuccess()) {
            throw failure("Pushing " + branch + " to " + REMOTE + " failed (" + pushed.status() + "): "
                    + pushed.message());
        }
        PullRequest pullRequest;
        try {
            Optional<PullRequest> existing = github.host().find(github.repository(), branch, base)
                    .filter(found -> found.state() == PullRequestState.OPEN || found.state() == PullRequestState.DRAFT);
            pullRequest = existing.isPresent()
                    ? github.host().update(github.repository(), existing.get().number(), text.title(), text.body())
                    : github.host().create(github.repository(), new PullRequestDraft(text.title(), text.body(), branch,
                            base));
        } catch (PullRequestHostException e) {
            throw failure("GitHub refused the pull request for " + branch + " on " + github.repository().slug() + ": "
                    + e.getMessage());
        }
        report.put("repository", github.repository().slug()).put("pushStatus", pushed.status().name())
                .put("prNumber", pullRequest.number()).put("prUrl", pullRequest.url())
                .put("prState", pullRequest.state().wireName()).put("prHeadSha", pullRequest.headSha());
        store.info(site.ticket().id(), PHASE, "Pull request #" + pullRequest.number() + " is ready for review: "
                + pullRequest.url() + (pullRequest.headSha().equals(candidate.value()) ? ""
                : " (GitHub still reports head " + pullRequest.headSha() + ")"));
    }

    private static PhaseFailure failure(String message) {
        return new PhaseFailure(message, List.of(DeliveryArtifacts.PULL_REQUEST_FAILED), Optional.empty());
    }
}
