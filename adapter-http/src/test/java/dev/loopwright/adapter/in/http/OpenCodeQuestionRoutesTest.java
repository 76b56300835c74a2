package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.domain.profile.ModelId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's questions over HTTP: listed per ticket and in all, answered and rejected, refused when wrong. */
class OpenCodeQuestionRoutesTest {
    @TempDir
    Path temp;

    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime()
            .on(new ModelId("openai/gpt-5")).on(new ModelId("anthropic/claude-sonnet-4"));

    @Test
    void questionsAreListedAnsweredAndRejected() throws Exception {
        try (TestServer server = startedTicket()) {
            Path workingCopy = temp.resolve("shop/.loopwright/worktrees/SHOP-1");
            runtime.asking(new PendingQuestion("que_1", "ses_1", workingCopy, List.of(
                    new PendingQuestion.Question("Which colour?", "Colour", List.of("Red", "Blue"), false))));
            runtime.asking(new PendingQuestion("que_2", "ses_1", workingCopy, List.of(
                    new PendingQuestion.Question("Go on?", "Go", List.of("Yes", "No"), false))));

            JsonNode listed = server.get("/api/tickets/SHOP-1/opencode/questions").body().get("questions");
            assertThat(listed).hasSize(2);
            JsonNode first = listed.get(0);
            assertThat(first.get("type").asText()).isEqualTo("opencode_question");
            assertThat(first.get("ticketExternalId").asText()).isEqualTo("SHOP-1");
            assertThat(first.get("requestId").asText()).isEqualTo("que_1");
            assertThat(first.get("questions").get(0).get("options").get(1).get("label").asText()).isEqualTo("Blue");
            assertThat(first.get("questionCount").asInt()).isEqualTo(1);
            assertThat(server.get("/api/opencode/questions").body().get("questions")).hasSize(2);

            TestServer.Reply answered = server.post("/api/tickets/SHOP-1/opencode/questions/que_1/reply",
                    "{\"answers\":[[\"Blue\"]]}");
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.body().get("success").asBoolean()).isTrue();
            assertThat(server.post("/api/tickets/SHOP-1/opencode/questions/que_2/reject", null).status())
                    .isEqualTo(200);

            assertThat(runtime.resolutions()).containsExactly("answered que_1 [[Blue]]", "rejected que_2");
            assertThat(server.get("/api/tickets/SHOP-1/opencode/questions").body().get("questions")).isEmpty();
        }
    }

    @Test
    void wrongRepliesAreRefusedAndChangeNothing() throws Exception {
        try (TestServer server = startedTicket()) {
            runtime.asking(new PendingQuestion("que_1", "ses_1", temp.resolve("shop/.loopwright/worktrees/SHOP-1"),
                    List.of(new PendingQuestion.Question("Which colour?", "Colour", List.of("Red"), false))));
            String reply = "/api/tickets/SHOP-1/opencode/questions/que_1/reply";

            assertThat(server.post(reply, "{\"answers\":[\"Red\"]}").status()).isEqualTo(400);
            assertThat(server.post(reply, "{}").status()).isEqualTo(400);
            assertThat(server.post(reply, "{\"answers\":[[\"Red\"]],\"extra\":1}").status()).isEqualTo(400);
            assertThat(server.post(reply, "{\"answers\":[[\"Red\"],[\"Blue\"]]}").error()).contains("the request asks 1");
            assertThat(server.post("/api/tickets/SHOP-1/opencode/questions/que_9/reply", "{\"answers\":[[\"Red\"]]}")
                    .error()).isEqualTo("OpenCode question request not found for ticket");
            assertThat(server.post("/api/tickets/SHOP-1/opencode/questions/..%2Fx/reject", null).status())
                    .isBetween(400, 404);
            assertThat(server.get("/api/tickets/SHOP-9/opencode/questions").status()).isEqualTo(404);

            assertThat(runtime.resolutions()).isEmpty();
        }
    }

    private TestServer startedTicket() throws Exception {
        TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, runtime);
        Path repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"t\"}");
        server.post("/api/profile", "{\"mainImplementer\":\"openai/gpt-5\","
                + "\"councilMembers\":\"[\\\"anthropic/claude-sonnet-4\\\"]\"}");
        assertThat(server.post("/api/tickets/SHOP-1/start", null).status()).isEqualTo(200);
        return server;
    }
}
