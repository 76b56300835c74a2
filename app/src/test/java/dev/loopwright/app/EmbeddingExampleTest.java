package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.in.http.HttpApi;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.application.port.in.CreateProjectCommand;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.ticket.TicketDetails;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, compiled and run as written, and kept equal to the README's text. */
class EmbeddingExampleTest {
    @TempDir
    Path temp;

    @Test
    void theReadmeExampleRunsAndItsRoutesServeWhatItCreated() throws Exception {
        Path dataDir = temp.resolve("data");
        URI openCodeUrl = LocalFixtures.nothingListening();
        String repo = LocalFixtures.shopRepository(temp).toString();
        List<Object> events = new CopyOnWriteArrayList<>();
        int port = 0;
        String tickets;

        // README:begin
        try (Loopwright loopwright = Loopwright.open(LoopwrightConfig.of(dataDir, LoopwrightConfig.openCode(openCodeUrl))
                .withListener(events::add))) {
            Project shop = loopwright.useCases().createProject().create(
                    CreateProjectCommand.of("Shop", "SHOP", repo, null, null, ProjectOverrides.NONE));
            loopwright.useCases().createTicket().create(
                    new CreateTicketCommand(shop.id(), TicketDetails.of("Save the basket", "", null)));
            HttpApi api = loopwright.http(HttpSecurity.LOCAL_OPEN); // Loopwright's routes in your own Javalin:
            Javalin host = Javalin.create(config -> {
                api.configure(config);
                config.routes.get("/hello", ctx -> ctx.result("host route"));
            }).start(port);
            // README:end
            tickets = get(host.port(), "/api/tickets");
            assertThat(get(host.port(), "/hello")).isEqualTo("host route");
            host.stop();
        }

        assertThat(tickets).contains("\"externalId\":\"SHOP-1\"", "Save the basket");
        // Closing released the data directory: another engine may open it.
        Loopwright.open(LoopwrightConfig.of(dataDir, LoopwrightConfig.openCode(openCodeUrl))).close();
    }

    @Test
    void theReadmeShowsExactlyTheExampleThisTestRuns() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/loopwright/app/EmbeddingExampleTest.java"));
        List<String> example = source.subList(source.indexOf("        // README:begin") + 1,
                source.indexOf("            // README:end"));
        String expected = example.stream().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));

        assertThat(example).hasSizeLessThanOrEqualTo(15);
        assertThat(Files.readString(Path.of("../README.md"))).contains(expected);
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
