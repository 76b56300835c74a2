package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.GetTicketUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.Ticket;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /api/stream?ticketId=}: a ticket's live events as server-sent events. Everything that can be refused
 * is checked before the stream starts, so refusals are JSON like every other error.
 *
 * <p>The stream is written on the request's own thread, so a client that stops reading only ever blocks itself.
 * Javalin's {@code SseHandler} is not used: it writes on {@code ctx.async}, and a stream ending after Jetty has
 * recycled its request (as happens when the server stops) sends Javalin 7.2's error handling into an endless loop.
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
        streams.writerStarted();
        subscriber.attach(Thread.currentThread());
        try {
            write(ctx, subscriber);
        } catch (IOException e) {
            // The client went away, or the stream was ended while a write was blocked.
        } catch (InterruptedException e) {
            // Ended by the publisher (too far behind) or by the server stopping.
        } finally {
            subscriber.detach();
            streams.unsubscribe(ticket.id(), subscriber);
            streams.writerStopped();
        }
    }

    /** Writes until the stream is ended; a quiet stream gets a heartbeat so neither side takes it for dead. */
    private void write(Context ctx, StreamSubscriber subscriber) throws IOException, InterruptedException {
        ctx.status(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.contentType("text/event-stream");
        ctx.header("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        ctx.res().flushBuffer();
        for (StreamEvent event : subscriber.opening()) {
            send(out, event);
        }
        while (!subscriber.ended()) {
            send(out, subscriber.next(streams.settings().heartbeat())
                    .orElseGet(() -> StreamJson.heartbeat(streams.clock().instant())));
        }
    }

    /** One event, flushed at once. */
    private static void send(OutputStream out, StreamEvent event) throws IOException {
        StringBuilder frame = new StringBuilder();
        event.id().ifPresent(id -> frame.append("id: ").append(id).append('\n'));
        frame.append("event: ").append(event.name()).append('\n');
        for (String line : event.data().split("\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        out.write(frame.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
