package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.PayloadTooLargeException;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import dev.loopwright.domain.ticket.UiStateWrite;
import dev.loopwright.domain.ticket.UiStateWriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class UiStateRepositoryContract extends RepositoryContract {
    private static final UiStateScope SCOPE = new UiStateScope("interview-drafts");
    private Ticket ticket;

    @BeforeEach
    void aTicket() {
        ticket = ticket(project("SHOP"), 1, T0);
    }

    private UiStateWrite write(String data, long expected, String actionId) {
        return new UiStateWrite(ticket.id(), SCOPE, data, expected, actionId, at(1));
    }

    @Test
    void writesAdvanceTheRevisionAndAreReadBack() {
        assertThat(repositories.uiStates().find(ticket.id(), SCOPE)).isEmpty();
        UiStateWriteResult first = repositories.uiStates().write(write("{\"a\":1}", 0, "a1"));
        assertThat(first).isInstanceOf(UiStateWriteResult.Written.class);
        UiStateWriteResult second = repositories.uiStates().write(write("{\"a\":2}", 1, "a2"));
        UiState stored = ((UiStateWriteResult.Written) second).state();
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(repositories.uiStates().find(ticket.id(), SCOPE)).contains(stored);
        assertThat(repositories.uiStates().find(ticket.id(), new UiStateScope("other"))).isEmpty();
    }

    @Test
    void aStaleWriteConflictsAndChangesNothing() {
        repositories.uiStates().write(write("{}", 0, "a1"));
        UiState before = repositories.uiStates().find(ticket.id(), SCOPE).orElseThrow();
        assertThat(repositories.uiStates().write(write("{\"late\":true}", 0, "a2")))
                .isInstanceOf(UiStateWriteResult.Conflict.class);
        assertThat(repositories.uiStates().find(ticket.id(), SCOPE)).contains(before);
    }

    @Test
    void aReplayedActionIsAnsweredWithoutWritingAgain() {
        repositories.uiStates().write(write("{}", 0, "a1"));
        UiStateWriteResult replay = repositories.uiStates().write(write("{}", 0, "a1"));
        assertThat(replay).isInstanceOf(UiStateWriteResult.Replayed.class);
        assertThat(repositories.uiStates().find(ticket.id(), SCOPE).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void aPayloadOverTheLimitIsRefusedWithItsOwnError() {
        String tooLarge = "\"" + "x".repeat(UiStateWrite.MAX_PAYLOAD_BYTES) + "\"";
        assertThatThrownBy(() -> repositories.uiStates().write(write(tooLarge, 0, "big")))
                .isInstanceOf(PayloadTooLargeException.class);
        assertThat(repositories.uiStates().find(ticket.id(), SCOPE)).isEmpty();
    }

    @Test
    void concurrentWritersAtTheSameRevisionProduceExactlyOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<UiStateWriteResult>> writers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String actionId = "w" + i;
                writers.add(() -> repositories.uiStates().write(write("{\"w\":\"" + actionId + "\"}", 0, actionId)));
            }
            int written = 0;
            for (Future<UiStateWriteResult> result : pool.invokeAll(writers)) {
                if (result.get() instanceof UiStateWriteResult.Written) {
                    written++;
                }
            }
            assertThat(written).isEqualTo(1);
            assertThat(repositories.uiStates().find(ticket.id(), SCOPE).orElseThrow().revision()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
