package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import io.javalin.Javalin;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists exactly the routes the server registers, and the server serves it. */
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesEveryRegisteredRouteAndNothingElse() throws Exception {
        MutableClock clock = MutableClock.atEpochDay();
        HttpApi api = new HttpApi(TestServer.useCases(InMemoryRepositories.create(), clock), HttpSecurity.LOCAL_OPEN,
                new TicketStreams(StreamSettings.DEFAULT, clock), clock);
        Javalin.create(api::configure);
        Set<String> served = api.registeredRoutes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toSet());

        JsonNode document = TestServer.JSON.readTree(OpenApiDocument.load());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new HashSet<>();
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            document.get("paths").get(path).fieldNames().forEachRemaining(method -> documented.add(method + " " + path));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyOperationDocumentsItsErrorsAsJson() throws Exception {
        JsonNode paths = TestServer.JSON.readTree(OpenApiDocument.load()).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            assertThat(responses.has("400")).as(operation.getKey() + " " + path.getKey()).isTrue();
            assertThat(responses.has("429")).as(operation.getKey() + " " + path.getKey()).isTrue();
        }));
    }

    @Test
    void theServerServesTheDocument() throws Exception {
        try (TestServer server = new TestServer()) {
            TestServer.Reply reply = server.get("/api/openapi.json");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("info").get("title").asText()).isEqualTo("Loopwright API");
        }
    }
}
