package dev.loopwright.application.fake;

import dev.loopwright.application.error.PayloadTooLargeException;
import dev.loopwright.application.port.out.UiStateRepository;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import dev.loopwright.domain.ticket.UiStateWrite;
import dev.loopwright.domain.ticket.UiStateWriteResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ui-state port kept in memory, for tests. */
public final class InMemoryUiStateRepository implements UiStateRepository {
    private record Key(TicketId ticketId, UiStateScope scope) {
    }

    private final Map<Key, UiState> states = new HashMap<>();

    @Override
    public synchronized Optional<UiState> find(TicketId ticketId, UiStateScope scope) {
        return Optional.ofNullable(states.get(new Key(ticketId, scope)));
    }

    @Override
    public synchronized UiStateWriteResult write(UiStateWrite write) {
        if (write.exceedsPayloadLimit()) {
            throw new PayloadTooLargeException("UI state is larger than " + UiStateWrite.MAX_PAYLOAD_BYTES + " bytes");
        }
        UiStateWriteResult result = write.decide(find(write.ticketId(), write.scope()));
        if (result instanceof UiStateWriteResult.Written) {
            states.put(new Key(write.ticketId(), write.scope()), ((UiStateWriteResult.Written) result).state());
        }
        return result;
    }
}
