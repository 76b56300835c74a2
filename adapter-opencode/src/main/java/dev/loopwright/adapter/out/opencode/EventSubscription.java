package dev.loopwright.adapter.out.opencode;

import java.io.EOFException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A live connection to OpenCode's {@code GET /global/event} stream. Events are handed to the listener on the
 * HTTP client's thread, one at a time; a dropped connection is reported once through {@code onClosed}.
 */
final class EventSubscription implements AutoCloseable {
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    private EventSubscription() {
    }

    /** Opens the stream; {@link #awaitConnected} tells when OpenCode has started sending. */
    static EventSubscription open(OpenCodeHttp http, Consumer<OpenCodeEvent> listener) {
        EventSubscription events = new EventSubscription();
        SseLineParser parser = new SseLineParser(data -> OpenCodeEvent.parse(data).ifPresent(event -> {
            // OpenCode greets every new stream; only after it can no event of a later request be missed.
            if (event.type().equals("server.connected")) {
                events.connected.complete(null);
            }
            listener.accept(event);
        }));
        // No request timeout: the stream lives as long as the prompt that opened it and is closed by it.
        var request = http.request("/global/event", Map.of(), Duration.ofDays(1)).header("Accept", "text/event-stream")
                .GET().build();
        http.client().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(events.new Lines(parser)))
                .whenComplete((response, failure) -> events.ended(failure));
        return events;
    }

    /** True when the server greeted us before the deadline. */
    boolean awaitConnected(Duration deadline) throws InterruptedException {
        try {
            CompletableFuture.anyOf(connected, closed).get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        return connected.isDone();
    }

    /** Completes when the stream ends for any reason other than {@link #close()}. */
    CompletableFuture<Throwable> whenClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed.complete(null);
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private void ended(Throwable failure) {
        closed.complete(failure == null ? new EOFException("OpenCode closed the event stream") : failure);
    }

    /** Feeds lines to the parser one by one, so a burst of events never queues unboundedly. */
    private final class Lines implements Flow.Subscriber<String> {
        private final SseLineParser parser;

        Lines(SseLineParser parser) {
            this.parser = parser;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            if (closed.isDone()) {
                newSubscription.cancel();
            } else {
                newSubscription.request(1);
            }
        }

        @Override
        public void onNext(String line) {
            parser.line(line);
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            ended(failure);
        }

        @Override
        public void onComplete() {
            ended(null);
        }
    }
}
