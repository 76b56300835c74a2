package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.GetTicketUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.Ticket;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;

/**
 * {@code GET /api/stream?ticketId=}: a ticket's live events as server-sent events. Everything that can be refused
 * is checked before the stream starts, so refusals are JSON like every other error. Each open stream has its own
 * writer thread (Javalin's async pool), so a client that stops reading only ever blocks itself.
 */
final class StreamRoutes {
    private final GetTicketUseCase getTicket;
    private final TicketStreams streams;

    StreamRoutes(GetTicketUseCase getTicket, TicketStreams streams) {
        this.getTicket = getTicket;
        this.streams = streams;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/stream", this::open);
        routes.config().events.serverStopping(streams::disconnectAll);
    }

    private void open(Context ctx) {
        String raw = ctx.queryParam("ticketId");
        if (raw == null || raw.isBlank()) {
            throw ApiProblem.badRequest("ticketId query parameter required");
        }
        Ticket ticket;
        try {
            ticket = getTicket.get(TicketReference.parse(raw));
        } catch (ValidationException e) {
            throw ApiProblem.badRequest("Invalid ticket reference: use ABC-12 or 3:ABC-12");
        }
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiProblem(406, "This is an event stream: send Accept: text/event-stream");
        }
        // The header is what browsers send on their own reconnects; the query is for a page that was reloaded.
        Optional<String> lastEventId = Optional.ofNullable(ctx.header("Last-Event-ID"))
                .or(() -> Optional.ofNullable(ctx.queryParam("lastEventId")))
                .filter(id -> !id.isBlank());
        StreamSubscriber subscriber = streams.subscribe(ticket, lastEventId);
        try {
            new SseHandler(client -> write(client, ticket, subscriber)).handle(ctx);
        } catch (RuntimeException e) {
            streams.unsubscribe(ticket.id(), subscriber);
            throw e;
        }
    }

    /** Runs on the stream's own thread until the client leaves, falls too far behind, or the server stops. */
    private void write(SseClient client, Ticket ticket, StreamSubscriber subscriber) {
        subscriber.attach(Thread.currentThread());
        try {
            subscriber.opening().forEach(event -> send(client, event));
            while (!client.terminated() && !subscriber.ended()) {
                send(client, subscriber.next(streams.settings().heartbeat())
                        .orElseGet(() -> StreamJson.heartbeat(streams.clock().instant())));
            }
        } catch (InterruptedException e) {
            // Ended by the publisher or the server: fall through to closing.
        } finally {
            subscriber.detach();
            streams.unsubscribe(ticket.id(), subscriber);
            client.close();
        }
    }

    /** Javalin writes and flushes each event; a failed write marks the client terminated. */
    private static void send(SseClient client, StreamEvent event) {
        if (!client.terminated()) {
            client.sendEvent(event.name(), event.data(), event.idText());
        }
    }
}
