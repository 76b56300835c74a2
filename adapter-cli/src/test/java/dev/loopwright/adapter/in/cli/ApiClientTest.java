package dev.loopwright.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a stand-in server: JSON answers, error answers, headers and an event stream. */
class ApiClientTest {
    private HttpServer server;
    private final List<String> authorizations = new ArrayList<>();
    private ApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().add("X-Content-Sha256", "abc");
            reply(exchange, 200, "{\"status\":\"DRAFT\"}");
        });
        server.createContext("/missing", exchange -> reply(exchange, 404, "{\"error\":\"Ticket not found\"}"));
        server.createContext("/stream", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            reply(exchange, 200, "event: connected\ndata: {\"clientId\":\"c1\"}\n\n"
                    + ": a comment\nevent: log\ndata: {\"message\":\"one\"}\n\n"
                    + "event: log\ndata: {\"message\":\"two\"}\n\n");
        });
        server.start();
        client = new ApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Optional.of("secret-token-1234"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void answersAreJsonAndCarryTheToken() {
        assertThat(client.get("/ok").get("status").asText()).isEqualTo("DRAFT");
        ApiClient.Headed headed = client.getWithHeader("/ok", "X-Content-Sha256");
        assertThat(headed.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(headed.header()).contains("abc");
        assertThat(authorizations).contains("Bearer secret-token-1234");
    }

    @Test
    void anErrorAnswerBecomesAnExceptionWithTheServersReason() {
        assertThatThrownBy(() -> client.get("/missing")).isInstanceOf(ApiException.class)
                .hasMessage("Ticket not found").satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(404));
    }

    @Test
    void aServerThatIsNotThereIsNamed() {
        server.stop(0);
        assertThatThrownBy(() -> client.get("/ok")).isInstanceOf(ApiException.class)
                .hasMessageContaining(client.base().toString());
    }

    @Test
    void theStreamDeliversNamedEventsUntilTheListenerHasEnough() {
        List<String> seen = new ArrayList<>();
        client.stream("/stream", event -> {
            seen.add(event.name() + ":" + event.data().path("message").asText(event.data().path("clientId").asText()));
            return seen.size() < 2;
        });

        assertThat(seen).containsExactly("connected:c1", "log:one");
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
