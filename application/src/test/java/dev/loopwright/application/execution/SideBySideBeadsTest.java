package dev.loopwright.application.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideBySideBeadsTest {
    private static final TicketEvent BLOCKED = new TicketEvent.Failure(TicketEventType.BEAD_ERROR, "A1 failed",
            List.of("X"), Optional.empty());

    private BeadExecutionState state;
    private final List<String> started = Collections.synchronizedList(new ArrayList<>());

    @Test
    void runsUpToItsWidthAtOnceAndStartsABeadOnlyOnceItsBlockersAreDone() throws Exception {
        plan("A1", "A2:A1", "A3:A2", "B1", "B2:B1", "B3:B2", "C1");
        AtomicInteger active = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CyclicBarrier firstTwo = new CyclicBarrier(2);
        List<String> startedTooEarly = Collections.synchronizedList(new ArrayList<>());

        Optional<TicketEvent> outcome = new SideBySideBeads(2).run(this::state, CodingPhase::startable, bead -> {
            most.accumulateAndGet(active.incrementAndGet(), Math::max);
            if (!bead.blockedBy().stream().allMatch(blocker -> state().bead(blocker).status() == BeadStatus.DONE)) {
                startedTooEarly.add(bead.id());
            }
            started.add(bead.id());
            if (bead.id().equals("A1") || bead.id().equals("B1")) {
                await(firstTwo); // both first beads are running at the same time, or this times out
            }
            active.decrementAndGet();
            done(bead.id());
            return Optional.empty();
        }, new Cancellation());

        assertThat(outcome).isEmpty();
        assertThat(started).containsExactlyInAnyOrder("A1", "A2", "A3", "B1", "B2", "B3", "C1");
        assertThat(started.subList(0, 2)).containsExactlyInAnyOrder("A1", "B1");
        assertThat(startedTooEarly).isEmpty();
        assertThat(most.get()).isEqualTo(2);
        assertThat(state().plan().beads()).allMatch(bead -> bead.status() == BeadStatus.DONE);
    }

    @Test
    void aBlockingBeadStopsNewStartsWhileTheRunningOnesFinishThenItsEventIsReturned() throws Exception {
        plan("A1", "B1", "A2:A1", "C1");
        CountDownLatch a1Returned = new CountDownLatch(1);

        Optional<TicketEvent> outcome = new SideBySideBeads(2).run(this::state, CodingPhase::startable, bead -> {
            started.add(bead.id());
            if (bead.id().equals("A1")) {
                a1Returned.countDown();
                return Optional.of(BLOCKED);
            }
            await(a1Returned);
            done(bead.id());
            return Optional.empty();
        }, new Cancellation());

        assertThat(outcome).contains(BLOCKED);
        assertThat(started).containsExactlyInAnyOrder("A1", "B1");
        assertThat(state().bead("B1").status()).isEqualTo(BeadStatus.DONE);
    }

    @Test
    void aBeadsExceptionIsRethrownOnceTheOthersHaveFinished() throws Exception {
        plan("A1", "B1");
        CountDownLatch a1Threw = new CountDownLatch(1);

        assertThatThrownBy(() -> new SideBySideBeads(2).run(this::state, CodingPhase::startable, bead -> {
            if (bead.id().equals("A1")) {
                a1Threw.countDown();
                throw new IllegalStateException("git broke");
            }
            await(a1Threw);
            done(bead.id());
            return Optional.empty();
        }, new Cancellation())).isInstanceOf(IllegalStateException.class).hasMessage("git broke");

        assertThat(state().bead("B1").status()).isEqualTo(BeadStatus.DONE);
    }

    /** Beads as {@code ID} or {@code ID:BLOCKER}, in priority order. */
    private void plan(String... beads) {
        String[] lines = new String[beads.length];
        for (int i = 0; i < beads.length; i++) {
            String[] parts = beads[i].split(":");
            lines[i] = parts.length == 1 ? ApprovedBeadsFixture.bead("SHOP-1", parts[0], i + 1)
                    : ApprovedBeadsFixture.bead("SHOP-1", parts[0], i + 1, parts[1]);
        }
        state = BeadExecutionState.seeded(BeadsJsonl.read(ApprovedBeadsFixture.jsonl(lines),
                ExternalId.parse("SHOP-1")));
    }

    private synchronized BeadExecutionState state() {
        return state;
    }

    private synchronized void done(String id) {
        Bead bead = state.bead(id);
        state = state.with(BeadEdits.done(BeadEdits.start(bead, "abcdef0", Instant.EPOCH), Instant.EPOCH));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("waited in time").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the two first beads did not run side by side", e);
        }
    }
}
