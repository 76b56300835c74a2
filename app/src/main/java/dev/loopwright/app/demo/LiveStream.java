package dev.loopwright.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Follows {@code GET /api/stream} of the ticket on a daemon thread and prints what happens, as it happens. */
final class LiveStream implements AutoCloseable {
    private final Thread reader;
    private final Semaphore news = new Semaphore(0);
    private final long started = System.nanoTime();
    private volatile Stream<String> lines;

    private LiveStream(DemoApi api, String ticket, PrintStream console) {
        reader = new Thread(() -> follow(api, ticket, console), "demo-live-stream");
        reader.setDaemon(true);
    }

    static LiveStream open(DemoApi api, String ticket, PrintStream console) {
        LiveStream stream = new LiveStream(api, ticket, console);
        stream.reader.start();
        return stream;
    }

    private void follow(DemoApi api, String ticket, PrintStream console) {
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    api.base().resolve("/api/stream?ticketId=" + ticket)).header("Accept", "text/event-stream")
                    .GET().build(), HttpResponse.BodyHandlers.ofLines());
            lines = response.body();
            String[] event = {""};
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    print(event[0], line.substring(5).trim(), console);
                    news.release();
                }
            });
        } catch (IOException | RuntimeException e) {
            // The stream ends when the demo closes it or the server stops; the status loop carries on regardless.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the stream brought something new or {@code timeout} passed, then a moment longer so that a burst of
     * events is one wake-up (each wake-up costs the driver a few reads, and reads are rate-limited).
     */
    void awaitNews(Duration timeout) throws InterruptedException {
        if (news.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            TimeUnit.MILLISECONDS.sleep(300);
            news.drainPermits();
        }
    }

    private void print(String event, String data, PrintStream console) {
        try {
            JsonNode json = DemoApi.JSON.readTree(data);
            String at = String.format(Locale.ROOT, "[%5.1fs] ", (System.nanoTime() - started) / 1e9);
            switch (event) {
                case "state_change" -> console.println(at + "→ " + json.path("to").asText());
                case "bead_complete" -> console.println(at + "✓ bead " + json.path("beadId").asText() + " done ("
                        + json.path("completed").asInt() + "/" + json.path("total").asInt() + ")");
                case "log" -> console.println(at + "  " + json.path("phase").asText() + ": "
                        + json.path("message").asText().strip().replace("\n", "\n           "));
                case "error" -> console.println(at + "✗ blocked in " + json.path("phase").asText() + ": "
                        + json.path("message").asText());
                default -> { }
            }
        } catch (IOException e) {
            console.println("    (unreadable event " + event + ")");
        }
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
    }
}
