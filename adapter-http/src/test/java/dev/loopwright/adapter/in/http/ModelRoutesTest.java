package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model catalog and the runtime's health, with the runtime reachable and not. */
class ModelRoutesTest {
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void modelsListsTheConnectedModelsSortedByProviderThenName() throws Exception {
        try (TestServer server = new TestServer()) {
            TestServer.Reply reply = server.get("/api/models");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("models").findValuesAsText("fullId"))
                    .containsExactly("anthropic/claude-sonnet-4", "openai/gpt-5");
            assertThat(reply.body().get("models").get(1).get("providerID").asText()).isEqualTo("openai");
            assertThat(reply.body().get("models").get(1).get("id").asText()).isEqualTo("gpt-5");
            assertThat(texts(reply.body().get("connectedProviders"))).containsExactlyInAnyOrder("openai", "anthropic");
            assertThat(reply.body().get("defaultModels").isObject()).isTrue();
            assertThat(reply.body().has("message")).isFalse();
            assertThat(server.get("/api/models?scope=all").body().get("models")).hasSize(2);
        }
    }

    @Test
    void anUnreachableRuntimeStillAnswers200WithEmptyListsAndHowToStartIt() throws Exception {
        try (TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, TEMP, FixedCatalogModelRuntime.unreachable())) {
            TestServer.Reply reply = server.get("/api/models");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("models")).isEmpty();
            assertThat(reply.body().get("connectedProviders")).isEmpty();
            assertThat(reply.body().get("defaultModels")).isEmpty();
            assertThat(reply.body().get("message").asText())
                    .isEqualTo("OpenCode server is not reachable. Start it with `opencode serve`.");
        }
    }

    @Test
    void runtimeHealthReportsTheVersionAndTheConnectedModels() throws Exception {
        try (TestServer server = new TestServer()) {
            TestServer.Reply reply = server.get("/api/health/opencode");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("status").asText()).isEqualTo("ok");
            assertThat(reply.body().get("version").asText()).isEqualTo("fixed-catalog");
            assertThat(texts(reply.body().get("models")))
                    .containsExactly("anthropic/claude-sonnet-4", "openai/gpt-5");
            assertThat(reply.body().has("error")).isFalse();
        }
    }

    @Test
    void anUnreachableRuntimeIsUnavailableWithTheProblemAndStill200() throws Exception {
        try (TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, TEMP, FixedCatalogModelRuntime.unreachable())) {
            TestServer.Reply reply = server.get("/api/health/opencode");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("status").asText()).isEqualTo("unavailable");
            assertThat(reply.body().get("version").isNull()).isTrue();
            assertThat(reply.body().get("models")).isEmpty();
            assertThat(reply.body().get("error").asText()).isEqualTo("connection refused");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
