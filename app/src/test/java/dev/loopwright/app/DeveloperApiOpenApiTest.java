package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.v1.DeveloperApi;
import dev.loopwright.adapter.in.http.v1.TicketBridgeUseCases;
import dev.loopwright.adapter.in.http.v1.V1GenerationRoutes;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.fake.MutableClock;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The developer API's OpenAPI document lists exactly the routes it registers, and the errors each can answer. */
class DeveloperApiOpenApiTest {
    @TempDir
    Path dataDir;

    @Test
    void theDocumentDescribesEveryRegisteredRouteAndNothingElse() throws Exception {
        MutableClock clock = MutableClock.atEpochDay();
        DeveloperApi api = new IntakeServices(SqliteStore.open(dataDir.resolve("loopwright.db"), clock), clock)
                .developerApi(clock).extend(new V1GenerationRoutes(new TicketBridgeUseCases(
                        (caller, source) -> null, (caller, id, project) -> null, (caller, id) -> null))::register);
        Javalin.create(api::configure);
        JsonNode document = new ObjectMapper().readTree(DeveloperApi.openApiDocument());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new HashSet<>();
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            document.get("paths").get(path).fieldNames().forEachRemaining(method -> documented.add(method + " " + path));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(api.registeredRoutes());
        assertThat(api.registeredRoutes()).hasSize(26).contains("post /api/v1/tickets/generate",
                "post /api/v1/tickets/{id}/promote", "get /api/v1/tickets/{id}/workflow");
    }

    @Test
    void everyAuthenticatedOperationDocumentsTokenAndRateLimitErrors() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(DeveloperApi.openApiDocument()).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (path.getKey().endsWith("/openapi.json")) {
                return;
            }
            JsonNode responses = operation.getValue().get("responses");
            for (String status : new String[] {"401", "403", "429"}) {
                assertThat(responses.has(status)).as(operation.getKey() + " " + path.getKey() + " " + status).isTrue();
            }
        }));
    }
}
