package dev.loopwright.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UiStateWriteTest {
    private static final TicketId TICKET = new TicketId(1);
    private static final UiStateScope SCOPE = new UiStateScope("interview-drafts");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static UiStateWrite write(String data, long expected, String actionId) {
        return new UiStateWrite(TICKET, SCOPE, data, expected, actionId, NOW);
    }

    private static UiState stored(UiStateWriteResult result) {
        assertThat(result).isInstanceOf(UiStateWriteResult.Written.class);
        return ((UiStateWriteResult.Written) result).state();
    }

    @Test
    void theFirstWriteExpectsRevisionZeroAndCreatesRevisionOne() {
        UiState state = stored(write("{}", 0, "a1").decide(Optional.empty()));
        assertThat(state.revision()).isEqualTo(1);
        assertThat(state.lastActionId()).isEqualTo("a1");
    }

    @Test
    void aStaleRevisionConflictsAndReturnsTheCurrentState() {
        UiState current = stored(write("{}", 0, "a1").decide(Optional.empty()));
        UiStateWriteResult result = write("{\"x\":1}", 0, "a2").decide(Optional.of(current));
        assertThat(result).isEqualTo(new UiStateWriteResult.Conflict(Optional.of(current)));
        assertThat(write("{}", 1, "a1").decide(Optional.empty())).isInstanceOf(UiStateWriteResult.Conflict.class);
    }

    @Test
    void theCurrentRevisionAdvances() {
        UiState first = stored(write("{}", 0, "a1").decide(Optional.empty()));
        UiState second = stored(write("{\"x\":1}", 1, "a2").decide(Optional.of(first)));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.dataJson()).isEqualTo("{\"x\":1}");
    }

    @Test
    void replayingTheSameActionReturnsTheStoredStateAndReusingItForOtherDataConflicts() {
        UiState first = stored(write("{}", 0, "a1").decide(Optional.empty()));
        assertThat(write("{}", 0, "a1").decide(Optional.of(first)))
                .isEqualTo(new UiStateWriteResult.Replayed(first));
        assertThat(write("{\"other\":true}", 0, "a1").decide(Optional.of(first)))
                .isInstanceOf(UiStateWriteResult.Conflict.class);
    }

    @Test
    void inputsAreValidated() {
        assertThatThrownBy(() -> new UiStateScope("bad scope!")).hasMessage("scope must be 1 to 80 letters, digits or : _ -");
        assertThat(new UiStateScope("x".repeat(80)).value()).hasSize(80);
        assertThatThrownBy(() -> new UiStateScope("x".repeat(81))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> write("{}", -1, "a")).hasMessage("expectedRevision must be 0 or more");
        assertThatThrownBy(() -> write("{}", 0, "")).hasMessage("actionId must be between 1 and 120 characters");
        assertThat(write("{}", 0, "a".repeat(120)).actionId()).hasSize(120);
    }

    @Test
    void thePayloadLimitIsTwoMebibytes() {
        String limit = "x".repeat(UiStateWrite.MAX_PAYLOAD_BYTES);
        assertThat(write(limit, 0, "a").exceedsPayloadLimit()).isFalse();
        assertThat(write(limit + "x", 0, "a").exceedsPayloadLimit()).isTrue();
    }
}
