package dev.loopwright.app.bench;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.RateLimits;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.app.LoopwrightServer;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.api.Git;

/**
 * Requests per second and latency of {@code GET /api/tickets} with 1,000 tickets, through the real server and
 * SQLite. Run with {@code bench/http}. Prints numbers; asserts nothing.
 */
public final class HttpBenchmark {
    private static final int TICKETS = 1_000;
    private static final int REQUESTS = 1_000;
    private static final int CLIENTS = 4;

    private HttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("loopwright-http-bench-");
        Path repo = folder.resolve("repo");
        Git.init().setDirectory(repo.toFile()).call().close();
        HttpSecurity unlimited = new HttpSecurity(Optional.empty(), false, List.of(), false,
                new RateLimits(1_000_000, 1_000_000, 1_000_000, 60_000));
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(folder.resolve("data"), DataDirectory.Source.FLAG), unlimited,
                StreamSettings.DEFAULT, new FixedCatalogModelRuntime(List.of()))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newHttpClient();
            post(client, base + "/api/projects", "{\"name\":\"Bench\",\"shortname\":\"BENCH\",\"folderPath\":\""
                    + repo.toString().replace("\\", "\\\\") + "\"}");
            for (int i = 0; i < TICKETS; i++) {
                post(client, base + "/api/tickets", "{\"projectId\":1,\"title\":\"Ticket " + i + "\"}");
            }
            HttpRequest list = HttpRequest.newBuilder(URI.create(base + "/api/tickets?projectId=1")).GET().build();
            for (int i = 0; i < 50; i++) {
                client.send(list, HttpResponse.BodyHandlers.discarding());
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                results.add(pool.submit(() -> {
                    long[] nanos = new long[REQUESTS / CLIENTS];
                    for (int i = 0; i < nanos.length; i++) {
                        long t = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(list, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                        nanos[i] = System.nanoTime() - t;
                    }
                    return nanos;
                }));
            }
            long[] all = new long[REQUESTS];
            int offset = 0;
            for (Future<long[]> result : results) {
                long[] part = result.get();
                System.arraycopy(part, 0, all, offset, part.length);
                offset += part.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(all);
            System.out.printf("GET /api/tickets with %,d tickets: %,.0f requests/s with %d clients; p50 %.1f ms, p99 %.1f ms%n",
                    TICKETS, REQUESTS / seconds, CLIENTS, all[REQUESTS / 2] / 1e6, all[REQUESTS * 99 / 100 - 1] / 1e6);
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
