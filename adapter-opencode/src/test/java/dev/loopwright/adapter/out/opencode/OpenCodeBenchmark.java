package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.domain.profile.ModelId;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter's cost per prompt over a bare HTTP round trip to the same OpenCode, with an instant scripted reply.
 * Not part of the test suite (the name does not end in Test); run it with {@code bench/opencode}.
 */
class OpenCodeBenchmark {
    private static final int PROMPTS = 50;
    private static final int WARM_UP = 5;

    @TempDir
    Path root;

    @Test
    void adapterOverheadOverARawRoundTrip() throws Exception {
        try (RealOpenCode openCode = RealOpenCode.start(Script.replying("pong"), root)) {
            OpenCodeModelRuntime runtime = openCode.runtime(1);
            RuntimeSession session = runtime.openSession(new SessionRequest(openCode.newRepository("bench"), "bench"));
            PromptRequest prompt = PromptRequest.of(session, new ModelId(RealOpenCode.MODEL), "ping", ToolPolicy.NONE,
                    Duration.ofMinutes(1));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest raw = HttpRequest.newBuilder(URI.create(openCode.server().baseUri() + "/session/"
                    + session.id() + "/message?directory="
                    + URLEncoder.encode(session.directory().toString(), StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"parts\":[{\"type\":\"text\",\"text\":\"ping\"}],"
                            + "\"model\":{\"providerID\":\"scripted\",\"modelID\":\"echo\"},\"tools\":{\"*\":false}}"))
                    .build();

            List<Long> adapter = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            for (int i = 0; i < WARM_UP + PROMPTS; i++) {
                // Interleaved, so that a slower phase of the server weighs on both sides alike.
                long start = System.nanoTime();
                assertThat(runtime.prompt(prompt).text()).isEqualTo("pong");
                long middle = System.nanoTime();
                HttpResponse<String> response = client.send(raw, HttpResponse.BodyHandlers.ofString());
                long end = System.nanoTime();
                assertThat(response.body()).contains("pong");
                if (i >= WARM_UP) {
                    adapter.add(middle - start);
                    bare.add(end - middle);
                }
            }
            report(adapter, bare);
        }
    }

    private static void report(List<Long> adapter, List<Long> bare) throws Exception {
        double adapterMedian = millis(median(adapter));
        double bareMedian = millis(median(bare));
        String report = String.format("OpenCode %s, %d prompts each, instant scripted reply%n"
                        + "raw HTTP round trip: median %.1f ms%n"
                        + "adapter prompt:      median %.1f ms%n"
                        + "adapter overhead:    %.1f ms per prompt (%.2fx the raw round trip)%n",
                System.getProperty("opencode.version"), adapter.size(), bareMedian, adapterMedian,
                adapterMedian - bareMedian, adapterMedian / bareMedian);
        System.out.print(report);
        Files.writeString(Path.of("target", "opencode-benchmark.txt"), report);
    }

    private static long median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
