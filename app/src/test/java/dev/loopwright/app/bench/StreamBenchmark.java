package dev.loopwright.app.bench;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.RateLimits;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.app.LoopwrightServer;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;

/**
 * Fan-out latency of the live stream: one event published to a ticket with 100 open streams, until every stream
 * has read it, through the real server and real connections. Run with {@code bench/http}. Prints numbers; asserts
 * nothing.
 */
public final class StreamBenchmark {
    private static final int SUBSCRIBERS = 100;
    private static final int WARMUP = 50;
    private static final int EVENTS = 200;

    private StreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("loopwright-stream-bench-");
        Path repo = folder.resolve("repo");
        Git.init().setDirectory(repo.toFile()).call().close();
        HttpSecurity unlimited = new HttpSecurity(Optional.empty(), false, List.of(), false,
                new RateLimits(1_000_000, 1_000_000, 1_000_000, 60_000));
        int total = WARMUP + EVENTS;
        long[][] received = new long[total][SUBSCRIBERS];
        CountDownLatch[] delivered = new CountDownLatch[total];
        for (int i = 0; i < total; i++) {
            delivered[i] = new CountDownLatch(SUBSCRIBERS);
        }
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(folder.resolve("data"), DataDirectory.Source.FLAG), unlimited,
                StreamSettings.DEFAULT.withCaps(SUBSCRIBERS, SUBSCRIBERS), new FixedCatalogModelRuntime(List.of()))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newHttpClient();
            post(client, base + "/api/projects", "{\"name\":\"Bench\",\"shortname\":\"BENCH\",\"folderPath\":\""
                    + repo.toString().replace("\\", "\\\\") + "\"}");
            post(client, base + "/api/tickets", "{\"projectId\":1,\"title\":\"Streamed\"}");
            TicketId ticket = server.store().tickets().findByExternalId(ExternalId.parse("BENCH-1")).orElseThrow().id();

            List<InputStream> streams = new ArrayList<>();
            CountDownLatch connected = new CountDownLatch(SUBSCRIBERS);
            for (int s = 0; s < SUBSCRIBERS; s++) {
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/stream?ticketId=BENCH-1")).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("stream answered " + response.statusCode());
                }
                streams.add(response.body());
                int subscriber = s;
                Thread reader = new Thread(() -> read(response.body(), subscriber, received, delivered, connected),
                        "bench-reader-" + s);
                reader.setDaemon(true);
                reader.start();
            }
            if (!connected.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every stream opened");
            }

            long[] published = new long[total];
            for (int i = 0; i < total; i++) {
                published[i] = System.nanoTime();
                server.events().publish(new TicketNotification.ArtifactChanged(ticket, TicketStatus.CODING,
                        "bench-" + i, false, Instant.now()));
                if (!delivered[i].await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("event " + i + " did not reach every stream");
                }
            }
            long[] all = new long[EVENTS];
            long[] each = new long[EVENTS * SUBSCRIBERS];
            for (int i = 0; i < EVENTS; i++) {
                int event = WARMUP + i;
                all[i] = Arrays.stream(received[event]).max().orElseThrow() - published[event];
                for (int s = 0; s < SUBSCRIBERS; s++) {
                    each[i * SUBSCRIBERS + s] = received[event][s] - published[event];
                }
            }
            Arrays.sort(all);
            Arrays.sort(each);
            System.out.printf("Stream fan-out of one event to %d subscribers, %d events one at a time: until all have"
                    + " it p50 %.2f ms, p99 %.2f ms; per subscriber p50 %.2f ms, p99 %.2f ms%n", SUBSCRIBERS, EVENTS,
                    all[EVENTS / 2] / 1e6, all[EVENTS * 99 / 100 - 1] / 1e6, each[each.length / 2] / 1e6,
                    each[each.length * 99 / 100 - 1] / 1e6);
            for (InputStream stream : streams) {
                stream.close();
            }
        }
    }

    /** Records when each numbered event arrives; the "connected" event counts the stream as open. */
    private static void read(InputStream body, int subscriber, long[][] received, CountDownLatch[] delivered,
            CountDownLatch connected) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("event: connected")) {
                    connected.countDown();
                }
                int at = line.indexOf("\"bench-");
                if (at >= 0) {
                    int event = Integer.parseInt(line.substring(at + 7, line.indexOf('"', at + 7)));
                    received[event][subscriber] = System.nanoTime();
                    delivered[event].countDown();
                }
            }
        } catch (IOException e) {
            // The benchmark closed the stream.
        }
    }

    private static void post(HttpClient client, String url, String json) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
