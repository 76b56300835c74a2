package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeEvent;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The model runtime over an OpenCode server's HTTP API ({@code opencode serve}). */
public final class OpenCodeModelRuntime implements ModelRuntime {
    private final OpenCodeHttp http;
    private final OpenCodeSettings settings;

    public OpenCodeModelRuntime(OpenCodeSettings settings) {
        this(settings, settings::baseUri);
    }

    /** For a server whose address may change, as a managed one does when it restarts on another port. */
    public OpenCodeModelRuntime(OpenCodeSettings settings, Supplier<URI> baseUri) {
        this.settings = settings;
        // HTTP/1.1: OpenCode does not speak h2c, and an upgrade attempt only costs a round trip.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.callTimeout()).build();
        this.http = new OpenCodeHttp(client, baseUri, settings);
    }

    @Override
    public RuntimeHealth health() {
        try {
            JsonNode health = http.get("/global/health", Map.of(), settings.callTimeout());
            return health.path("healthy").asBoolean(false) ? RuntimeHealth.up(health.path("version").asText("unknown"))
                    : RuntimeHealth.down("OpenCode reports itself unhealthy");
        } catch (ModelRuntimeException e) {
            return RuntimeHealth.down(e.getMessage());
        }
    }

    @Override
    public ModelCatalog catalog() {
        return CatalogReader.read(http.get("/provider", Map.of(), settings.callTimeout()));
    }

    @Override
    public RuntimeSession openSession(SessionRequest request) {
        ObjectNode body = OpenCodeHttp.JSON.createObjectNode().put("title", request.title());
        // Headless runs must never wait for a human to grant a permission, but must stay in their directory.
        var rules = body.putArray("permission");
        rules.addObject().put("permission", "*").put("pattern", "*").put("action", "allow");
        rules.addObject().put("permission", "external_directory").put("pattern", "*").put("action", "deny");
        JsonNode session = http.post("/session", directory(request.directory()), body, settings.callTimeout());
        return session(session);
    }

    @Override
    public Optional<RuntimeSession> findSession(String sessionId) {
        try {
            return Optional.of(session(http.get("/session/" + SessionIds.segment(sessionId), Map.of(),
                    settings.callTimeout())));
        } catch (ModelRuntimeException e) {
            if (e.kind() == RuntimeFailureKind.SESSION_MISSING) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public PromptReply prompt(PromptRequest request, Consumer<RuntimeEvent> progress) {
        return new PromptExchange(http, settings, request, progress).run();
    }

    @Override
    public boolean abort(RuntimeSession session) {
        try {
            return http.post("/session/" + SessionIds.segment(session.id()) + "/abort", directory(session.directory()),
                    Map.of(), settings.callTimeout()).asBoolean(false);
        } catch (ModelRuntimeException e) {
            return false;
        }
    }

    @Override
    public void close(RuntimeSession session) {
        http.delete("/session/" + SessionIds.segment(session.id()), directory(session.directory()),
                settings.callTimeout());
    }

    @Override
    public List<PendingQuestion> pendingQuestions(Path directory) {
        List<PendingQuestion> questions = new ArrayList<>();
        http.get("/question", directory(directory), settings.callTimeout())
                .forEach(question -> questions.add(QuestionReader.read(question, directory)));
        return questions;
    }

    @Override
    public void answerQuestion(PendingQuestion question, List<List<String>> answers) {
        http.post("/question/" + SessionIds.segment(question.id()) + "/reply", directory(question.directory()),
                Map.of("answers", answers), settings.callTimeout());
    }

    @Override
    public void rejectQuestion(PendingQuestion question) {
        http.post("/question/" + SessionIds.segment(question.id()) + "/reject", directory(question.directory()),
                Map.of(), settings.callTimeout());
    }

    private static RuntimeSession session(JsonNode session) {
        String id = session.path("id").asText("");
        String directory = session.path("directory").asText("");
        if (id.isEmpty() || directory.isEmpty()) {
            throw new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR,
                    "OpenCode's session has no id or directory: " + OpenCodeHttp.preview(session.toString()));
        }
        return new RuntimeSession(id, Path.of(directory));
    }

    private static Map<String, String> directory(Path directory) {
        return Map.of("directory", directory.toString());
    }
}
