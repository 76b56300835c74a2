package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server with OpenCode run by us (the pinned binary) and a scripted model: the model routes show it. */
class ServerWithManagedOpenCodeTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void modelRoutesReportTheManagedOpenCodeAndItsConnectedModels() throws Exception {
        try (ScriptedModelServer model = ScriptedModelServer.start(Script.builder().models("echo", "critic").build());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), root,
                        ScriptedOpenCodeHome.prepare(root.resolve("home"), model));
                LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                        new DataDirectory(root.resolve("data"), DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                        StreamSettings.DEFAULT, openCode.runtime())) {
            JsonNode health = get(server, "/api/health/opencode");
            assertThat(health.path("status").asText()).isEqualTo("ok");
            assertThat(health.path("version").asText()).isNotBlank();

            JsonNode models = get(server, "/api/models");
            assertThat(models.path("connectedProviders")).extracting(JsonNode::asText).containsExactly("scripted");
            assertThat(models.path("models")).extracting(m -> m.path("fullId").asText())
                    .containsExactlyInAnyOrder("scripted/echo", "scripted/critic");
            assertThat(models.has("message")).isFalse();
        }
    }

    private JsonNode get(LoopwrightServer server, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
