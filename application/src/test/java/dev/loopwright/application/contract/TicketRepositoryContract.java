package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.BeadProgress;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class TicketRepositoryContract extends RepositoryContract {

    static LockedSettings lockedSettings() {
        ModelId main = new ModelId("openai/gpt-5");
        ModelId other = new ModelId("anthropic/claude-sonnet-4");
        return new LockedSettings(main, Optional.of("high"), List.of(main, other), Map.of(other, "low"), 12, 35, 3, 5,
                6, 2, true, SettingSource.PROJECT, GitHookPolicy.USE_ON_INTERNAL_COMMITS, SettingSource.PROFILE);
    }

    @Test
    void aCreatedTicketIsADraftFoundByIdAndReference() {
        Project shop = project("SHOP");
        Ticket ticket = ticket(shop, 1, T0);
        assertThat(ticket.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(ticket.externalId()).hasToString("SHOP-1");
        assertThat(repositories.tickets().findById(ticket.id())).contains(ticket);
        assertThat(repositories.tickets().findByExternalId(ExternalId.parse("SHOP-1"))).contains(ticket);
        assertThat(repositories.tickets().findByExternalId(ExternalId.parse("SHOP-2"))).isEmpty();
        assertThat(repositories.tickets().findById(new TicketId(987_654))).isEmpty();
    }

    @Test
    void theWholeWorkflowStateRoundTrips() {
        Ticket ticket = ticket(project("SHOP"), 1, T0);
        WorkflowState blocked = new WorkflowState(TicketStatus.BLOCKED_ERROR, Optional.of(TicketStatus.CODING),
                Optional.of(lockedSettings()), Optional.of(new BlockingError("Bead execution failed",
                        List.of("CODING_FAILED", "TESTS_RED"), Optional.of("exit 1\nassertion failed"))),
                Optional.of(ErrorResolution.RETRIED), new BeadProgress(2, 5), 17);
        Ticket updated = ticket.withWorkflow(blocked, at(5))
                .withDetails(new TicketDetails("Renamed ✓", Optional.empty(), 1), at(6));
        repositories.tickets().update(updated);
        assertThat(repositories.tickets().findById(ticket.id())).contains(updated);
    }

    @Test
    void listingFiltersByProjectAndPutsRecentlyUpdatedFirst() {
        Project shop = project("SHOP");
        Project blog = project("BLOG");
        Ticket older = ticket(shop, 1, at(1));
        Ticket newer = ticket(shop, 2, at(2));
        Ticket other = ticket(blog, 1, at(3));
        assertThat(repositories.tickets().findAll(Optional.empty())).containsExactly(other, newer, older);
        assertThat(repositories.tickets().findAll(Optional.of(shop.id()))).containsExactly(newer, older);
        assertThat(repositories.tickets().findAll(Optional.of(new ProjectId(555_555)))).isEmpty();

        Ticket touched = older.withDetails(TicketDetails.of("touched", null, null), at(10));
        repositories.tickets().update(touched);
        assertThat(repositories.tickets().findAll(Optional.of(shop.id()))).containsExactly(touched, newer);
    }

    @Test
    void unfinishedTicketsAreThoseNotCompletedOrCanceled() {
        Project shop = project("SHOP");
        Ticket draft = ticket(shop, 1, T0);
        Ticket done = ticket(shop, 2, T0);
        Ticket running = ticket(shop, 3, T0);
        repositories.tickets().update(done.withWorkflow(state(TicketStatus.COMPLETED), at(1)));
        Ticket coding = running.withWorkflow(state(TicketStatus.CODING), at(1));
        repositories.tickets().update(coding);
        assertThat(repositories.tickets().findUnfinished()).containsExactlyInAnyOrder(draft, coding);
    }

    @Test
    void deletingRemovesTheTicket() {
        Ticket ticket = ticket(project("SHOP"), 1, T0);
        assertThat(repositories.tickets().delete(ticket.id())).isTrue();
        assertThat(repositories.tickets().findById(ticket.id())).isEmpty();
        assertThat(repositories.tickets().delete(ticket.id())).isFalse();
    }

    private static WorkflowState state(TicketStatus status) {
        return new WorkflowState(status, Optional.of(TicketStatus.DRAFT), Optional.of(lockedSettings()),
                Optional.empty(), Optional.empty(), BeadProgress.NONE, 3);
    }
}
