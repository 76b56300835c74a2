package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.DataDirectoryInUseException;
import dev.loopwright.adapter.out.persistence.EngineLock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composed server answers its routes on loopback and releases its port when stopped. */
class LoopwrightServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void servesHealthAndWorkflowMetaThenStops() throws Exception {
        int port;
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(dataDir, DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                StreamSettings.DEFAULT, OpenCodeConnection.at(LocalFixtures.nothingListening(), Map.of()).runtime())) {
            assertThat(Files.exists(dataDir.resolve("loopwright.db"))).isTrue();
            assertThat(server.store().integrityCheck()).isEqualTo("ok");
            port = server.port();
            HttpResponse<String> health = get(port, "/api/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");

            HttpResponse<String> meta = get(port, "/api/workflow/meta");
            assertThat(meta.statusCode()).isEqualTo(200);
            assertThat(meta.body()).startsWith("{\"groups\":[{\"id\":\"todo\"").contains("\"id\":\"BLOCKED_ERROR\"");

            // No OpenCode at the configured address: the model routes say so instead of failing.
            assertThat(get(port, "/api/health/opencode").body())
                    .contains("\"status\":\"unavailable\"", "not reachable");
            assertThat(get(port, "/api/models").body()).contains("Start it with `opencode serve`");
        }
        // A stopped server no longer accepts connections on its port.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(port, "/api/health"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedAndNamesTheFirst() throws Exception {
        DataDirectory data = new DataDirectory(dataDir, DataDirectory.Source.FLAG);
        try (LoopwrightServer first = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0), data,
                HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT, OpenCodeConnection.at(LocalFixtures.nothingListening(), Map.of())
                        .runtime())) {
            URI address = URI.create("http://127.0.0.1:" + first.port());
            assertThat(EngineLock.runningServer(dataDir)).contains(address);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoopwrightServer.start(
                    new HttpServerSettings("127.0.0.1", 0), data, HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT,
                    OpenCodeConnection.at(LocalFixtures.nothingListening(), Map.of()).runtime()))
                    .isInstanceOf(DataDirectoryInUseException.class).hasMessageContaining(address.toString());
            assertThat(get(first.port(), "/api/health").statusCode()).as("the first server is unharmed").isEqualTo(200);
        }
        assertThat(EngineLock.runningServer(dataDir)).isEmpty();
    }


    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
