package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile, project and ticket routes: the success shapes and the documented errors. */
class CrudRoutesTest {
    @TempDir
    Path temp;

    private TestServer server;
    private Path repo;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode createProject() throws Exception {
        TestServer.Reply reply = server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + ",\"maxIterations\":3}");
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return reply.body();
    }

    private JsonNode createTicket(String title) throws Exception {
        TestServer.Reply reply = server.post("/api/tickets", "{\"projectId\":1,\"title\":\"" + title + "\"}");
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return reply.body();
    }

    @Test
    void theProfileIsNullUntilCreatedThenPatched() throws Exception {
        assertThat(server.get("/api/profile").body().isNull()).isTrue();
        TestServer.Reply created = server.post("/api/profile", "{\"mainImplementer\":\"openai/gpt-5\","
                + "\"councilMembers\":\"[\\\"anthropic/claude-sonnet-4\\\"]\",\"councilResponseTimeout\":60000}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("councilMembers").get(0).asText()).isEqualTo("anthropic/claude-sonnet-4");
        assertThat(created.body().get("maxIterations").asInt()).isEqualTo(5);

        assertThat(server.post("/api/profile", "{}").error()).isEqualTo("Profile already exists. Use PATCH to update.");
        TestServer.Reply patched = server.patch("/api/profile", "{\"maxIterations\":0,\"gitHookPolicy\":\"ignore_internal_only\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("maxIterations").asInt()).isZero();
        assertThat(patched.body().get("councilResponseTimeout").asInt()).isEqualTo(60000);
    }

    @Test
    void profileErrorsNameEveryField() throws Exception {
        assertThat(server.patch("/api/profile", "{}").status()).isEqualTo(404);
        TestServer.Reply invalid = server.post("/api/profile", "{\"councilResponseTimeout\":240,\"maxIterations\":\"5\","
                + "\"mainImplementer\":\"gpt\",\"gitHookPolicy\":\"sometimes\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("details").findValuesAsText("field"))
                .contains("maxIterations", "model", "gitHookPolicy");
        TestServer.Reply range = server.post("/api/profile", "{\"councilResponseTimeout\":240}");
        assertThat(range.error()).contains("councilResponseTimeout must be between 10000 and 3600000 milliseconds");
        assertThat(server.get("/api/profile").body().isNull()).as("nothing was stored").isTrue();
    }

    @Test
    void projectsAreCreatedListedPatchedAndDeleted() throws Exception {
        JsonNode project = createProject();
        assertThat(project.get("id").asLong()).isEqualTo(1);
        assertThat(project.get("folderPath").asText()).isEqualTo(repo.toString());
        assertThat(project.get("maxIterations").asInt()).isEqualTo(3);
        assertThat(project.get("minCouncilQuorum").isNull()).isTrue();
        assertThat(server.get("/api/projects").body()).hasSize(1);

        TestServer.Reply patched = server.patch("/api/projects/1", "{\"name\":\"Shop 2\",\"maxIterations\":null,"
                + "\"manualQaOverride\":true}");
        assertThat(patched.body().get("name").asText()).isEqualTo("Shop 2");
        assertThat(patched.body().get("maxIterations").isNull()).isTrue();
        assertThat(patched.body().get("manualQaOverride").asBoolean()).isTrue();

        TestServer.Reply deleted = server.delete("/api/projects/1");
        assertThat(deleted.body().get("success").asBoolean()).isTrue();
        assertThat(deleted.body().get("projectRoot").asText()).isEqualTo(repo.toString());
        assertThat(server.get("/api/projects/1").status()).isEqualTo(404);
    }

    @Test
    void projectErrors() throws Exception {
        assertThat(server.get("/api/projects/abc").error()).isEqualTo("Invalid project ID");
        assertThat(server.get("/api/projects/9").error()).isEqualTo("Project not found: 9");
        TestServer.Reply notGit = server.post("/api/projects", "{\"name\":\"x\",\"shortname\":\"XYZ\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(temp.toString()) + "}");
        assertThat(notGit.status()).isEqualTo(400);
        assertThat(notGit.error()).contains("is not inside a git repository");
        TestServer.Reply missing = server.post("/api/projects", "{}");
        assertThat(missing.body().get("details").findValuesAsText("field"))
                .contains("name", "shortname", "folderPath");
        createProject();
        assertThat(server.post("/api/projects", "{\"name\":\"again\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}").status()).isEqualTo(409);
        assertThat(server.patch("/api/projects/1", "{\"structuredRetryCount\":2}").error())
                .contains("structuredRetryCount can only be set on the profile");
    }

    @Test
    void ticketsAreCreatedReadPatchedAndListed() throws Exception {
        createProject();
        JsonNode ticket = createTicket("Add a basket");
        assertThat(ticket.get("id").asText()).isEqualTo("1:SHOP-1");
        assertThat(ticket.get("status").asText()).isEqualTo("DRAFT");
        assertThat(ticket.get("priority").asInt()).isEqualTo(3);
        assertThat(ticket.get("availableActions")).extracting(JsonNode::asText).containsExactly("start", "cancel");

        assertThat(server.get("/api/tickets/SHOP-1").body().get("title").asText()).isEqualTo("Add a basket");
        assertThat(server.get("/api/tickets/1:SHOP-1").status()).isEqualTo(200);
        TestServer.Reply patched = server.patch("/api/tickets/SHOP-1", "{\"priority\":1,\"description\":\"details\"}");
        assertThat(patched.body().get("priority").asInt()).isEqualTo(1);
        assertThat(patched.body().get("description").asText()).isEqualTo("details");
        assertThat(server.get("/api/tickets?projectId=1").body()).hasSize(1);
        assertThat(server.get("/api/tickets?projectId=2").body()).isEmpty();
    }

    @Test
    void ticketErrors() throws Exception {
        createProject();
        createTicket("t");
        assertThat(server.get("/api/tickets/SHOP-9").status()).isEqualTo(404);
        assertThat(server.get("/api/tickets/nonsense").error()).startsWith("Invalid ticket reference");
        assertThat(server.get("/api/tickets?projectId=x").error()).isEqualTo("Invalid project ID");
        assertThat(server.post("/api/tickets", "{\"projectId\":7,\"title\":\"t\"}").status()).isEqualTo(404);
        assertThat(server.post("/api/tickets", "{\"projectId\":1,\"title\":\"\"}").error())
                .contains("title must be between 1 and 500 characters");
        assertThat(server.post("/api/tickets", "{\"projectId\":\"1\",\"title\":5}").body().get("details")
                .findValuesAsText("field")).containsExactly("projectId", "title");
        TestServer.Reply status = server.patch("/api/tickets/SHOP-1", "{\"status\":\"COMPLETED\"}");
        assertThat(status.status()).isEqualTo(403);
        assertThat(status.error()).isEqualTo("Status field is API-protected. Use workflow actions to change status.");
        TestServer.Reply delete = server.delete("/api/tickets/SHOP-1");
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.error()).isEqualTo("Only completed or canceled tickets can be deleted");
        assertThat(server.delete("/api/projects/1").status()).as("a draft does not block deletion").isEqualTo(200);
    }

    @Test
    void uiStateHasRevisionsConflictsAndReplays() throws Exception {
        createProject();
        createTicket("t");
        JsonNode empty = server.get("/api/tickets/SHOP-1/ui-state?scope=interview-drafts").body();
        assertThat(empty.get("exists").asBoolean()).isFalse();
        assertThat(empty.get("revision").asLong()).isZero();

        String first = "{\"scope\":\"interview-drafts\",\"data\":{\"a\":1},\"expectedRevision\":null,\"actionId\":\"a1\"}";
        TestServer.Reply saved = server.put("/api/tickets/SHOP-1/ui-state", first);
        assertThat(saved.body().get("revision").asLong()).isEqualTo(1);
        assertThat(server.put("/api/tickets/SHOP-1/ui-state", first).body().get("revision").asLong())
                .as("a replay is answered, not applied").isEqualTo(1);

        TestServer.Reply conflict = server.put("/api/tickets/SHOP-1/ui-state",
                "{\"scope\":\"interview-drafts\",\"data\":{\"a\":2},\"expectedRevision\":0,\"actionId\":\"a2\"}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("conflict").asBoolean()).isTrue();
        assertThat(conflict.body().get("data").get("a").asInt()).isEqualTo(1);

        JsonNode read = server.get("/api/tickets/SHOP-1/ui-state?scope=interview-drafts").body();
        assertThat(read.get("data").get("a").asInt()).isEqualTo(1);
        assertThat(server.get("/api/tickets/SHOP-1/ui-state").error()).startsWith("Invalid scope");
        assertThat(server.get("/api/tickets/SHOP-1/ui-state?scope=bad%20scope").error()).startsWith("Invalid scope");
        assertThat(server.put("/api/tickets/SHOP-1/ui-state", "{\"scope\":\"s\"}").body().get("details")
                .findValuesAsText("field")).contains("actionId", "expectedRevision", "data");
    }

    @Test
    void checkGitAndTheFolderBrowser() throws Exception {
        JsonNode none = server.get("/api/projects/check-git").body();
        assertThat(none.get("status").asText()).isEqualTo("none");
        JsonNode valid = server.get("/api/projects/check-git?path=" + repo).body();
        assertThat(valid.get("status").asText()).isEqualTo("valid");
        assertThat(valid.get("delivery").asText()).isEqualTo("local_merge");
        assertThat(valid.get("scope").asText()).isEqualTo("root");
        assertThat(server.get("/api/projects/check-git?path=" + temp.resolve("missing")).body().get("status").asText())
                .isEqualTo("invalid");

        try (TestServer browsing = new TestServer(HttpSecurity.LOCAL_OPEN, temp)) {
            JsonNode listing = browsing.get("/api/projects/ls").body();
            assertThat(listing.get("currentPath").asText()).isEqualTo(temp.toRealPath().toString());
            assertThat(listing.get("dirs").findValuesAsText("name")).contains("shop");
            TestServer.Reply outside = browsing.get("/api/projects/ls?path=/");
            assertThat(outside.status()).isEqualTo(400);
            assertThat(outside.error()).contains("path must be inside");
        }
    }

    @Test
    void cancelAndRetryAreWorkflowActions() throws Exception {
        createProject();
        createTicket("t");
        TestServer.Reply notBlocked = server.post("/api/tickets/SHOP-1/retry", null);
        assertThat(notBlocked.status()).isEqualTo(409);
        assertThat(notBlocked.error()).isEqualTo("Only a blocked ticket can be retried; SHOP-1 is DRAFT");
        assertThat(server.post("/api/tickets/SHOP-1/cancel", "{\"deleteContent\":\"yes\"}").status()).isEqualTo(400);
        assertThat(server.post("/api/tickets/SHOP-1/cancel", "{\"deleteTicket\":true}").status()).isEqualTo(400);
        TestServer.Reply canceled = server.post("/api/tickets/SHOP-1/cancel", null);
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.body().get("status").asText()).isEqualTo("CANCELED");
        assertThat(canceled.body().get("availableActions")).isEmpty();
        assertThat(server.post("/api/tickets/SHOP-1/cancel", null).status()).isEqualTo(409);
        // Cancelling again only to clean up is allowed, so a cleanup can be asked for after the fact.
        TestServer.Reply cleaned = server.post("/api/tickets/SHOP-1/cancel", "{\"deleteContent\":true,\"deleteLog\":true}");
        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(cleaned.body().get("status").asText()).isEqualTo("CANCELED");
        assertThat(server.delete("/api/tickets/SHOP-1").status()).isEqualTo(200);
    }

    @Test
    void artifactsAndAttemptsAreListed() throws Exception {
        createProject();
        createTicket("t");
        assertThat(server.get("/api/tickets/SHOP-1/artifacts").body()).isEmpty();
        assertThat(server.get("/api/tickets/SHOP-1/phases/DRAFTING_PRD/attempts").body()).isEmpty();
        assertThat(server.get("/api/tickets/SHOP-1/phases/NOPE/attempts").error()).isEqualTo("Unknown phase: NOPE");
    }
}
