package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Waits on the live stream until a condition on the ticket holds, looking again on every status or artifact change
 * (and once when the stream opens, since changes made before are not replayed). No polling, no sleeping.
 */
final class TicketWaiter {
    private TicketWaiter() {
    }

    /** The ticket once {@code ready} holds for it; empty when the stream ended first. */
    static Optional<JsonNode> until(ApiClient api, String ref, Predicate<JsonNode> ready) {
        return until(api, ref, api.get(TicketCommand.path(ref)), ready, event -> { });
    }

    /**
     * As above, starting from the ticket as just read ({@code now}), and handing every event but the stream's own
     * {@code connected} to {@code heard} before looking again.
     */
    static Optional<JsonNode> until(ApiClient api, String ref, JsonNode now, Predicate<JsonNode> ready,
            Consumer<ApiClient.ServerEvent> heard) {
        if (ready.test(now)) {
            return Optional.of(now);
        }
        JsonNode[] found = new JsonNode[1];
        api.stream("/api/stream?ticketId=" + ApiClient.encode(now.path("id").asText()), event -> {
            if (!event.name().equals("connected")) {
                heard.accept(event);
            }
            if (event.name().equals("connected") || event.name().equals("state_change")
                    || event.name().equals("artifact_change") || event.name().equals("error")) {
                JsonNode ticket = api.get(TicketCommand.path(ref));
                if (ready.test(ticket)) {
                    found[0] = ticket;
                    return false;
                }
            }
            return true;
        });
        return Optional.ofNullable(found[0]);
    }
}
