package dev.loopwright.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.app.LoopwrightServer;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.domain.profile.ModelId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composed server over a real SQLite file and a real git repository, across a restart. */
class HttpOnSqliteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private Path repo;
    private DataDirectory data;

    @BeforeEach
    void setUp() throws Exception {
        repo = temp.resolve("shop");
        Git.init().setDirectory(repo.toFile()).call().close();
        data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
    }

    private LoopwrightServer start() {
        return LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0), data, HttpSecurity.LOCAL_OPEN,
                StreamSettings.DEFAULT, new FixedCatalogModelRuntime(List.of(new ModelId("openai/gpt-5"))));
    }

    private HttpResponse<String> send(LoopwrightServer server, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void projectsTicketsProfileAndUiStateSurviveARestart() throws Exception {
        try (LoopwrightServer server = start()) {
            assertThat(json(send(server, "GET", "/api/health/startup", null)).get("storage").get("kind").asText())
                    .isEqualTo("fresh");
            HttpResponse<String> project = send(server, "POST", "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\","
                    + "\"folderPath\":" + JSON.writeValueAsString(Files.createDirectories(repo.resolve("src")).toString())
                    + "}");
            assertThat(project.statusCode()).as(project.body()).isEqualTo(201);
            assertThat(json(project).get("folderPath").asText()).isEqualTo(repo.toRealPath().toString());
            assertThat(send(server, "POST", "/api/tickets", "{\"projectId\":1,\"title\":\"Add a basket\"}").statusCode())
                    .isEqualTo(201);
            assertThat(send(server, "POST", "/api/profile", "{\"mainImplementer\":\"openai/gpt-5\"}").statusCode())
                    .isEqualTo(201);
            assertThat(send(server, "PUT", "/api/tickets/SHOP-1/ui-state",
                    "{\"scope\":\"drafts\",\"data\":{\"answer\":\"yes\"},\"expectedRevision\":0,\"actionId\":\"a1\"}")
                    .statusCode()).isEqualTo(200);
            JsonNode check = json(send(server, "GET", "/api/projects/check-git?path=" + repo, null));
            assertThat(check.get("delivery").asText()).isEqualTo("local_merge");
            assertThat(check.get("existingProject").asText()).isEqualTo("Shop");
        }
        try (LoopwrightServer server = start()) {
            JsonNode startup = json(send(server, "GET", "/api/health/startup", null));
            assertThat(startup.get("storage").get("kind").asText()).isEqualTo("restored");
            assertThat(startup.get("ui").get("restoreNotice").get("shouldShow").asBoolean()).isTrue();
            JsonNode ticket = json(send(server, "GET", "/api/tickets/1:SHOP-1", null));
            assertThat(ticket.get("title").asText()).isEqualTo("Add a basket");
            assertThat(json(send(server, "GET", "/api/profile", null)).get("mainImplementer").asText())
                    .isEqualTo("openai/gpt-5");
            assertThat(json(send(server, "GET", "/api/tickets/SHOP-1/ui-state?scope=drafts", null)).get("data")
                    .get("answer").asText()).isEqualTo("yes");
            assertThat(send(server, "POST", "/api/tickets", "{\"projectId\":1,\"title\":\"Second\"}").body())
                    .contains("\"externalId\":\"SHOP-2\"");
            assertThat(send(server, "DELETE", "/api/projects/1", null).statusCode()).isEqualTo(200);
            assertThat(json(send(server, "GET", "/api/tickets", null))).as("tickets go with their project").isEmpty();
        }
    }

    @Test
    void aWorkflowActionReachesTheTicketsLiveStream() throws Exception {
        try (LoopwrightServer server = start()) {
            send(server, "POST", "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                    + JSON.writeValueAsString(repo.toString()) + "}");
            send(server, "POST", "/api/tickets", "{\"projectId\":1,\"title\":\"Add a basket\"}");
            HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/stream?ticketId=SHOP-1")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            Iterator<String> lines = stream.body().iterator();
            assertThat(CompletableFuture.supplyAsync(lines::next).get(30, TimeUnit.SECONDS)).startsWith("id: ");

            assertThat(send(server, "POST", "/api/tickets/SHOP-1/cancel", null).statusCode()).isEqualTo(200);
            String stateChange = CompletableFuture.supplyAsync(() -> {
                for (String line = lines.next(); ; line = lines.next()) {
                    if (line.equals("event: state_change")) {
                        return lines.next();
                    }
                }
            }).get(30, TimeUnit.SECONDS);
            JsonNode data = JSON.readTree(stateChange.substring("data: ".length()));
            assertThat(data.get("ticketId").asText()).isEqualTo("1:SHOP-1");
            assertThat(data.get("from").asText()).isEqualTo("DRAFT");
            assertThat(data.get("to").asText()).isEqualTo("CANCELED");
            stream.body().close();
        }
    }
}
