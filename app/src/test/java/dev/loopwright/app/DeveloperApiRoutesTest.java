package dev.loopwright.app;

import static dev.loopwright.app.IntakeFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.intake.Plan;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every /api/v1 route over real HTTP and a real SQLite file: documented successes, errors, paging and filters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeveloperApiRoutesTest {
    @TempDir
    static Path dataDir;

    private IntakeFixture fx;
    private IntakeFixture.Org a;

    @BeforeAll
    void start() throws Exception {
        fx = new IntakeFixture(dataDir);
        a = fx.a;
    }

    /** Each test gets a fresh rate-limit minute; the per-minute edge has its own test. */
    @BeforeEach
    void nextMinute() {
        fx.clock.advance(Duration.ofMinutes(1));
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(response).path("error").asText()).isEqualTo(error);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static JsonNode meta(HttpResponse<String> response) {
        return json(response).path("meta");
    }

    @Nested
    class Authentication {
        @Test
        void missingTokenIs401WithBearerChallenge() {
            HttpResponse<String> response = fx.get(null, "/api/v1/projects");
            assertError(response, 401, "Missing bearer token");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertError(fx.send(fx.request(null, "/api/v1/projects").header("Authorization", "Basic abc").GET()
                    .build()), 401, "Missing bearer token");
        }

        @Test
        void unknownOrMalformedTokenIs401() {
            assertError(fx.get("tok_" + "0".repeat(64), "/api/v1/projects"), 401, "Invalid or revoked token");
            assertError(fx.get("not-a-token", "/api/v1/projects"), 401, "Invalid or revoked token");
            assertError(fx.get("tok_" + "A".repeat(64), "/api/v1/projects"), 401, "Invalid or revoked token");
        }

        @Test
        void starterPlanIs403() {
            var org = fx.services.admin.createOrganisation("Tiny", Plan.STARTER);
            var owner = fx.services.admin.addMember(new dev.loopwright.application.port.in.AddMemberCommand(org.id(),
                    java.util.Optional.empty(), "Tina", "tina@example.com",
                    dev.loopwright.domain.intake.MemberRole.OWNER));
            String token = fx.services.tokens.createToken(org.id(), owner.userId(), "t").secret();
            assertError(fx.get(token, "/api/v1/projects"), 403, "Developer API requires a Pro or Business plan");
        }

        @Test
        void openApiDocumentNeedsNoToken() {
            HttpResponse<String> response = fx.get(null, "/api/v1/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).path("openapi").asText()).isEqualTo("3.1.0");
        }

        @Test
        void unknownRouteUnderV1NeedsATokenFirstThenIs404() {
            assertThat(fx.get(null, "/api/v1/nothing").statusCode()).isEqualTo(401);
            assertThat(fx.get(a.ownerToken, "/api/v1/nothing").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class Projects {
        @Test
        void listsAllProjectsOfTheOrganisationByNameWithoutTheKey() {
            HttpResponse<String> response = fx.get(a.developerToken, "/api/v1/projects");
            assertThat(ids(response)).containsExactly(a.board.id().value(), a.website.id().value());
            assertThat(meta(response).toString()).isEqualTo("{\"total\":2,\"limit\":100,\"offset\":0}");
            JsonNode site = json(response).path("data").get(1);
            assertThat(site.path("type").asText()).isEqualTo("website");
            assertThat(site.path("url").asText()).isEqualTo("https://a.example");
            assertThat(site.path("client_id").asText()).isEqualTo(a.client.id().value());
            assertThat(site.has("api_key")).isFalse();
            assertThat(json(response).path("data").get(0).path("url").isNull()).isTrue();
        }

        @Test
        void getCarriesTheWidgetKey() {
            JsonNode project = json(fx.get(a.viewerToken, "/api/v1/projects/" + a.website.id())).path("data");
            assertThat(project.path("api_key").asText()).matches("pk_[0-9a-f]{32}");
            assertThat(project.path("name").asText()).isEqualTo("Acme Site");
        }

        @Test
        void unknownProjectIs404() {
            assertError(fx.get(a.ownerToken, "/api/v1/projects/proj_nope"), 404, "Project not found");
            assertError(fx.get(a.ownerToken, "/api/v1/projects/bad%20id"), 404, "Project not found");
            assertError(fx.get(a.ownerToken, "/api/v1/projects/nope/members"), 404, "Project not found");
        }

        @Test
        void membersAreThoseWithAccessByDisplayName() {
            JsonNode members = json(fx.get(a.ownerToken, "/api/v1/projects/" + a.website.id() + "/members"))
                    .path("data");
            assertThat(members).hasSize(2);
            assertThat(members.get(0).path("user_id").asText()).isEqualTo("a-dev");
            assertThat(members.get(0).path("display_name").asText()).isEqualTo("Dev Acme");
            assertThat(members.get(0).path("email").asText()).isEqualTo("a-dev@example.com");
            assertThat(members.get(1).path("user_id").asText()).isEqualTo("a-owner");
            assertThat(members.get(1).path("role").asText()).isEqualTo("owner");
        }

        @Test
        void clientsArePaged() {
            HttpResponse<String> response = fx.get(a.ownerToken, "/api/v1/clients");
            assertThat(ids(response)).containsExactly(a.client.id().value());
            assertThat(json(response).path("data").get(0).path("email").asText()).isEqualTo("client@a.example");
            assertThat(meta(response).toString()).isEqualTo("{\"total\":1,\"limit\":50,\"offset\":0}");
            assertError(fx.get(a.ownerToken, "/api/v1/clients?limit=0"), 400,
                    "limit must be an integer between 1 and 100");
        }
    }

    @Nested
    class Feedback {
        @Test
        void listsNewestFirstWithMeta() {
            HttpResponse<String> response = fx.get(a.viewerToken, "/api/v1/feedback");
            assertThat(ids(response)).containsExactly(a.feedback.get(2).id().value(), a.feedback.get(1).id().value(),
                    a.feedback.get(0).id().value());
            assertThat(meta(response).toString()).isEqualTo("{\"total\":3,\"limit\":50,\"offset\":0}");
            JsonNode item = json(response).path("data").get(2);
            assertThat(item.path("status").asText()).isEqualTo("new");
            assertThat(item.path("type").asText()).isEqualTo("bug");
            assertThat(item.path("reporter_name").asText()).isEqualTo("Rita");
            assertThat(item.path("screenshot_url").asText()).isEqualTo("https://cdn.example/s.png");
            assertThat(item.path("recording_url").isNull()).isTrue();
            assertThat(item.path("position").asInt()).isZero();
            assertThat(item.path("created_at").asText()).isEqualTo(a.feedback.get(0).createdAt().toString())
                    .isEqualTo("2026-03-10T12:00:01Z");
            assertThat(item.has("annotations")).isFalse();
        }

        @Test
        void pagingEdges() {
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?limit=0"), 400,
                    "limit must be an integer between 1 and 100");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?limit=101"), 400,
                    "limit must be an integer between 1 and 100");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?limit=abc"), 400,
                    "limit must be an integer between 1 and 100");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?offset=-1"), 400,
                    "offset must be an integer of 0 or more");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?offset=1.5"), 400,
                    "offset must be an integer of 0 or more");
            HttpResponse<String> middle = fx.get(a.ownerToken, "/api/v1/feedback?limit=1&offset=1");
            assertThat(ids(middle)).containsExactly(a.feedback.get(1).id().value());
            assertThat(meta(middle).toString()).isEqualTo("{\"total\":3,\"limit\":1,\"offset\":1}");
            HttpResponse<String> max = fx.get(a.ownerToken, "/api/v1/feedback?limit=100");
            assertThat(ids(max)).hasSize(3);
            HttpResponse<String> past = fx.get(a.ownerToken, "/api/v1/feedback?offset=3");
            assertThat(ids(past)).isEmpty();
            assertThat(meta(past).path("total").asInt()).isEqualTo(3);
        }

        @Test
        void filtersCombineWithAnd() {
            String site = a.website.id().value();
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/feedback?project_id=" + site + "&status=new&type=feature")))
                    .containsExactly(a.feedback.get(1).id().value());
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/feedback?project_id=" + site + "&type=bug&limit=5")))
                    .containsExactly(a.feedback.get(0).id().value());
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/feedback?status=done&type=bug"))).isEmpty();
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/feedback?project_id=" + a.board.id()))).isEmpty();
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?status=open"), 400, "Invalid status");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?type=question"), 400, "Invalid type");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback?project_id=a%20b"), 400, "Invalid project_id");
        }

        @Test
        void getHasAnnotationsAndBrowserInfo() {
            JsonNode item = json(fx.get(a.ownerToken, "/api/v1/feedback/" + a.feedback.get(0).id())).path("data");
            assertThat(item.path("annotations").get(0).path("note").asText()).isEqualTo("here");
            assertThat(item.path("browser_info").path("browser").asText()).isEqualTo("Safari 17");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback/fb_missing"), 404, "Feedback not found");
        }

        @Test
        void patchChangesTheGivenFieldsOnly() {
            String path = "/api/v1/feedback/" + a.feedback.get(2).id();
            HttpResponse<String> response = fx.patch(a.developerToken, path,
                    "{\"status\":\"review\",\"title\":\"Nice site!\",\"unknown\":1}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode item = json(fx.get(a.ownerToken, path)).path("data");
            assertThat(item.path("status").asText()).isEqualTo("review");
            assertThat(item.path("title").asText()).isEqualTo("Nice site!");
            assertThat(item.path("type").asText()).isEqualTo("general");
            assertThat(item.path("description").asText()).isEqualTo("Details of Nice site");
        }

        @Test
        void patchErrors() {
            String path = "/api/v1/feedback/" + a.feedback.get(1).id();
            assertError(fx.patch(a.ownerToken, path, "{}"), 400, "No valid fields");
            assertError(fx.patch(a.ownerToken, path, "{\"priority\":\"high\"}"), 400, "No valid fields");
            assertError(fx.patch(a.ownerToken, path, "{\"status\":\"open\"}"), 400, "Invalid status");
            assertError(fx.patch(a.ownerToken, path, "{\"type\":\"idea\"}"), 400, "Invalid type");
            assertError(fx.patch(a.ownerToken, path, "{\"title\":\"\"}"), 400, "Invalid title: must not be blank");
            assertError(fx.patch(a.viewerToken, path, "{\"status\":\"done\"}"), 403, "Your role (viewer) may only read");
            assertError(fx.patch(a.ownerToken, "/api/v1/feedback/fb_missing", "{\"status\":\"done\"}"), 404,
                    "Feedback not found");
            assertThat(json(fx.get(a.ownerToken, path)).path("data").path("status").asText()).isEqualTo("new");
        }

        @Test
        void createOnAWebsiteProject() {
            HttpResponse<String> response = fx.post(a.developerToken, "/api/v1/feedback", "{\"project_id\":\""
                    + a.website.id() + "\",\"title\":\"Footer overlaps\",\"type\":\"bug\",\"page_url\":\"https://a.example/x\","
                    + "\"annotations\":[{\"x\":1}],\"browser_info\":{\"os\":\"iOS\"}}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode item = json(response).path("data");
            assertThat(item.path("id").asText()).startsWith("fb_");
            assertThat(item.path("status").asText()).isEqualTo("new");
            assertThat(item.path("position").asInt()).isEqualTo(3);
            assertThat(item.path("browser_info").path("os").asText()).isEqualTo("iOS");
            assertThat(fx.get(a.ownerToken, "/api/v1/feedback/" + item.path("id").asText()).statusCode())
                    .isEqualTo(200);
            fx.delete(a.ownerToken, "/api/v1/feedback/" + item.path("id").asText());
        }

        @Test
        void createErrors() {
            assertError(fx.post(a.ownerToken, "/api/v1/feedback", "{\"title\":\"x\"}"), 400,
                    "Missing project_id or title");
            assertError(fx.post(a.ownerToken, "/api/v1/feedback", "{\"project_id\":\"" + a.website.id() + "\"}"),
                    400, "Missing project_id or title");
            assertError(fx.post(a.ownerToken, "/api/v1/feedback", "{\"project_id\":\"proj_x\",\"title\":\"x\"}"),
                    404, "Project not found");
            assertError(fx.post(a.ownerToken, "/api/v1/feedback", "{\"project_id\":\"" + a.website.id()
                    + "\",\"title\":\"x\",\"type\":\"idea\"}"), 400, "Invalid type");
            assertThat(fx.post(a.ownerToken, "/api/v1/feedback", "{\"project_id\":\"" + a.board.id()
                    + "\",\"title\":\"x\"}").statusCode()).isEqualTo(400);
            assertError(fx.post(a.viewerToken, "/api/v1/feedback", "{\"project_id\":\"" + a.website.id()
                    + "\",\"title\":\"x\"}"), 403, "Your role (viewer) may only read");
        }

        @Test
        void deleteRemovesTheItemAndItsComments() {
            String id = json(fx.post(a.ownerToken, "/api/v1/feedback", "{\"project_id\":\"" + a.website.id()
                    + "\",\"title\":\"Temporary\"}")).path("data").path("id").asText();
            assertThat(fx.post(a.ownerToken, "/api/v1/feedback/" + id + "/comments", "{\"body\":\"hi\"}")
                    .statusCode()).isEqualTo(201);
            assertError(fx.delete(a.viewerToken, "/api/v1/feedback/" + id), 403, "Your role (viewer) may only read");
            HttpResponse<String> deleted = fx.delete(a.ownerToken, "/api/v1/feedback/" + id);
            assertThat(deleted.body()).isEqualTo("{\"data\":{\"id\":\"" + id + "\",\"deleted\":true}}");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback/" + id), 404, "Feedback not found");
            assertError(fx.get(a.ownerToken, "/api/v1/feedback/" + id + "/comments"), 404, "Feedback not found");
            assertError(fx.delete(a.ownerToken, "/api/v1/feedback/" + id), 404, "Feedback not found");
        }
    }

    @Nested
    class Comments {
        @Test
        void listOnFeedbackWithMentions() {
            HttpResponse<String> response = fx.get(a.viewerToken, "/api/v1/feedback/" + a.feedback.get(0).id()
                    + "/comments");
            JsonNode comment = json(response).path("data").get(0);
            assertThat(comment.path("body").asText()).startsWith("Seen on iOS 17 too");
            assertThat(comment.path("mentions").toString()).isEqualTo("[\"a-dev\"]");
            assertThat(comment.path("author_id").asText()).isEqualTo("a-owner");
            assertThat(comment.path("source_type").asText()).isEqualTo("feedback");
            assertThat(meta(response).path("total").asInt()).isEqualTo(1);
        }

        @Test
        void addRecordsOnlyProjectMembersAsMentions() {
            String path = "/api/v1/feedback/" + a.feedback.get(1).id() + "/comments";
            HttpResponse<String> created = fx.post(a.developerToken, path,
                    "{\"body\":\"@a-owner and @a-viewer and @b-owner, mail me at x@a-owner.com; @a-owner again\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode comment = json(created).path("data");
            assertThat(comment.path("mentions").toString()).isEqualTo("[\"a-owner\"]");
            assertThat(comment.path("author_name").asText()).isEqualTo("Dev Acme");
            assertThat(ids(fx.get(a.ownerToken, path))).containsExactly(comment.path("id").asText());
        }

        @Test
        void commentsOnCards() {
            String path = "/api/v1/boards/cards/" + a.cards.get(0).id() + "/comments";
            assertThat(json(fx.get(a.ownerToken, path)).path("data").get(0).path("body").asText())
                    .isEqualTo("Blocked on design");
            HttpResponse<String> created = fx.post(a.ownerToken, path, "{\"body\":\"@a-dev unblocked\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(json(created).path("data").path("source_type").asText()).isEqualTo("board_card");
            assertThat(json(created).path("data").path("mentions").toString()).isEqualTo("[\"a-dev\"]");
            assertThat(ids(fx.get(a.ownerToken, path + "?limit=1&offset=1"))).hasSize(1);
        }

        @Test
        void commentErrors() {
            String path = "/api/v1/feedback/" + a.feedback.get(0).id() + "/comments";
            assertError(fx.post(a.ownerToken, path, "{}"), 400, "Missing body");
            assertError(fx.post(a.ownerToken, path, "{\"body\":\"   \"}"), 400, "Missing body");
            assertError(fx.post(a.ownerToken, path, "{\"body\":5}"), 400, "Invalid body: must be a string");
            assertError(fx.post(a.viewerToken, path, "{\"body\":\"x\"}"), 403, "Your role (viewer) may only read");
            assertError(fx.post(a.ownerToken, "/api/v1/feedback/fb_x/comments", "{\"body\":\"x\"}"), 404,
                    "Feedback not found");
            assertError(fx.get(a.ownerToken, "/api/v1/boards/cards/card_x/comments"), 404, "Card not found");
            assertError(fx.get(a.ownerToken, path + "?limit=101"), 400, "limit must be an integer between 1 and 100");
        }
    }

    @Nested
    class Boards {
        @Test
        void listsNeedABoardProject() {
            assertError(fx.get(a.ownerToken, "/api/v1/boards/lists"), 400, "project_id query parameter is required");
            assertError(fx.get(a.ownerToken, "/api/v1/boards/lists?project_id="), 400,
                    "project_id query parameter is required");
            assertError(fx.get(a.ownerToken, "/api/v1/boards/lists?project_id=proj_x"), 404, "Project not found");
            HttpResponse<String> lists = fx.get(a.viewerToken, "/api/v1/boards/lists?project_id=" + a.board.id());
            assertThat(ids(lists)).containsExactly(a.todo.id().value(), a.done.id().value());
            assertThat(json(lists).path("data").get(1).path("position").asInt()).isEqualTo(1);
            assertThat(json(lists).path("data").get(0).path("name").asText()).isEqualTo("To Do");
            assertThat(meta(lists).toString()).isEqualTo("{\"total\":2,\"limit\":100,\"offset\":0}");
        }

        @Test
        void cardsByListPositionThenCardPositionWithFilters() {
            HttpResponse<String> all = fx.get(a.ownerToken, "/api/v1/boards/cards");
            assertThat(ids(all)).containsExactly(a.cards.get(0).id().value(), a.cards.get(1).id().value(),
                    a.cards.get(2).id().value());
            JsonNode card = json(all).path("data").get(0);
            assertThat(card.path("labels").toString()).isEqualTo("[{\"color\":\"#8B5CF6\",\"text\":\"frontend\"}]");
            assertThat(card.path("checklist").toString())
                    .isEqualTo("[{\"id\":\"c1\",\"text\":\"Reproduce\",\"checked\":true}]");
            assertThat(card.path("attachments").get(0).path("mimeType").asText()).isEqualTo("image/png");
            assertThat(card.path("due_date").asText()).isEqualTo("2026-04-01");
            assertThat(card.path("author_name").asText()).isEqualTo("Ada");
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/boards/cards?project_id=" + a.board.id() + "&list_id="
                    + a.done.id()))).containsExactly(a.cards.get(2).id().value());
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/boards/cards?list_id=" + a.todo.id() + "&limit=1&offset=1")))
                    .containsExactly(a.cards.get(1).id().value());
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/boards/cards?project_id=" + a.website.id()))).isEmpty();
            assertError(fx.get(a.ownerToken, "/api/v1/boards/cards?list_id=%3B"), 400, "Invalid list_id");
            assertError(fx.get(a.ownerToken, "/api/v1/boards/cards?offset=-1"), 400,
                    "offset must be an integer of 0 or more");
        }

        @Test
        void oneCard() {
            assertThat(json(fx.get(a.ownerToken, "/api/v1/boards/cards/" + a.cards.get(2).id())).path("data")
                    .path("list_id").asText()).isEqualTo(a.done.id().value());
            assertError(fx.get(a.ownerToken, "/api/v1/boards/cards/card_x"), 404, "Card not found");
        }
    }

    @Nested
    class Tickets {
        @Test
        void listNewestFirstWithEverySeedField() {
            HttpResponse<String> response = fx.get(a.viewerToken, "/api/v1/tickets");
            assertThat(ids(response)).containsExactly(a.tickets.get(1).id().value(), a.tickets.get(0).id().value());
            JsonNode ticket = json(response).path("data").get(1);
            List<String> fields = new ArrayList<>();
            ticket.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "org_id", "project_id", "source_type", "source_id", "title",
                    "description", "priority", "status", "labels", "ai_context", "created_by", "assigned_to",
                    "workflow_ticket_id", "created_at", "updated_at");
            assertThat(ticket.path("org_id").asText()).isEqualTo(a.organisation.id().value());
            assertThat(ticket.path("source_type").asText()).isEqualTo("feedback");
            assertThat(ticket.path("priority").asText()).isEqualTo("high");
            assertThat(ticket.path("status").asText()).isEqualTo("open");
            assertThat(ticket.path("labels").toString()).isEqualTo("[\"bug\",\"mobile\"]");
            assertThat(ticket.path("ai_context").path("model").asText()).isEqualTo("scripted");
            assertThat(ticket.path("created_by").asText()).isEqualTo("a-owner");
            assertThat(ticket.path("assigned_to").isNull()).isTrue();
            assertThat(json(fx.get(a.viewerToken, "/api/v1/tickets/" + a.tickets.get(1).id())).path("data")
                    .path("source_type").asText()).isEqualTo("board_card");
        }

        @Test
        void filtersAndPaging() {
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/tickets?project_id=" + a.board.id() + "&status=open")))
                    .containsExactly(a.tickets.get(1).id().value());
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/tickets?project_id=" + a.board.id() + "&status=done")))
                    .isEmpty();
            assertThat(ids(fx.get(a.ownerToken, "/api/v1/tickets?limit=1"))).hasSize(1);
            assertError(fx.get(a.ownerToken, "/api/v1/tickets?status=closed"), 400, "Invalid status");
            assertError(fx.get(a.ownerToken, "/api/v1/tickets?limit=101"), 400,
                    "limit must be an integer between 1 and 100");
            assertError(fx.get(a.ownerToken, "/api/v1/tickets?offset=-5"), 400,
                    "offset must be an integer of 0 or more");
        }

        @Test
        void getUnknownIs404() {
            assertError(fx.get(a.ownerToken, "/api/v1/tickets/ticket_x"), 404, "Ticket not found");
        }

        @Test
        void patchAsDocumented() {
            String path = "/api/v1/tickets/" + a.tickets.get(0).id();
            fx.tick();
            HttpResponse<String> response = fx.patch(a.developerToken, path,
                    "{\"status\":\"in_progress\",\"assigned_to\":\"a-dev\",\"labels\":[\"ios\"]}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode ticket = json(fx.get(a.ownerToken, path)).path("data");
            assertThat(ticket.path("status").asText()).isEqualTo("in_progress");
            assertThat(ticket.path("assigned_to").asText()).isEqualTo("a-dev");
            assertThat(ticket.path("labels").toString()).isEqualTo("[\"ios\"]");
            assertThat(ticket.path("priority").asText()).isEqualTo("high");
            assertThat(ticket.path("updated_at").asText()).isNotEqualTo(ticket.path("created_at").asText());
            assertThat(fx.patch(a.ownerToken, path, "{\"assigned_to\":null,\"priority\":\"critical\"}").statusCode())
                    .isEqualTo(200);
            ticket = json(fx.get(a.ownerToken, path)).path("data");
            assertThat(ticket.path("assigned_to").isNull()).isTrue();
            assertThat(ticket.path("priority").asText()).isEqualTo("critical");
            fx.patch(a.ownerToken, path, "{\"status\":\"open\",\"priority\":\"high\",\"labels\":[\"bug\",\"mobile\"]}");
        }

        @Test
        void patchErrors() {
            String path = "/api/v1/tickets/" + a.tickets.get(1).id();
            assertError(fx.patch(a.ownerToken, path, "{}"), 400, "No valid fields");
            assertError(fx.patch(a.ownerToken, path, "{\"colour\":\"red\"}"), 400, "No valid fields");
            assertError(fx.patch(a.ownerToken, path, "{\"status\":\"closed\"}"), 400, "Invalid status");
            assertError(fx.patch(a.ownerToken, path, "{\"priority\":\"urgent\"}"), 400, "Invalid priority");
            assertError(fx.patch(a.ownerToken, path, "{\"priority\":3}"), 400, "Invalid priority");
            assertError(fx.patch(a.ownerToken, path, "{\"labels\":\"bug\"}"), 400,
                    "Invalid labels: must be an array of strings");
            assertError(fx.patch(a.ownerToken, path, "{\"labels\":[1]}"), 400,
                    "Invalid labels: must be an array of strings");
            assertError(fx.patch(a.ownerToken, path, "{\"assigned_to\":\"b-owner\"}"), 400,
                    "Invalid assigned_to: no member b-owner");
            assertError(fx.patch(a.ownerToken, path, "{\"assigned_to\":7}"), 400,
                    "Invalid assigned_to: must be a string");
            assertError(fx.patch(a.viewerToken, path, "{\"status\":\"done\"}"), 403, "Your role (viewer) may only read");
            assertError(fx.patch(a.ownerToken, "/api/v1/tickets/ticket_x", "{\"status\":\"done\"}"), 404,
                    "Ticket not found");
            assertThat(json(fx.get(a.ownerToken, path)).path("data").path("status").asText()).isEqualTo("open");
        }

        @Test
        void generateIsRegisteredOnTheServerAndRefusesAnEmptyBody() {
            // Generation and promotion come from the ticket bridge (TicketBridge); their own tests are
            // TicketGenerationEndToEndTest and PromotionTest.
            assertThat(fx.post(a.ownerToken, "/api/v1/tickets/generate", "{}").statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Tokens {
        @Test
        void createUseListRevoke() {
            HttpResponse<String> created = fx.post(a.developerToken, "/api/v1/tokens", "{\"name\":\"Script\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode token = json(created).path("data");
            String secret = token.path("token").asText();
            assertThat(secret).matches("tok_[0-9a-f]{64}");
            assertThat(token.path("prefix").asText()).isEqualTo(secret.substring(0, 8));
            assertThat(token.path("user_id").asText()).isEqualTo("a-dev");
            assertThat(fx.get(secret, "/api/v1/projects").statusCode()).isEqualTo(200);

            HttpResponse<String> list = fx.get(a.ownerToken, "/api/v1/tokens");
            assertThat(list.body()).doesNotContain(secret).contains("\"name\":\"Script\"");

            HttpResponse<String> revoked = fx.delete(a.ownerToken, "/api/v1/tokens/" + token.path("id").asText());
            assertThat(revoked.statusCode()).isEqualTo(200);
            assertThat(json(revoked).path("data").path("revoked_at").asText()).isNotEmpty();
            assertError(fx.get(secret, "/api/v1/projects"), 401, "Invalid or revoked token");
            assertThat(fx.delete(a.ownerToken, "/api/v1/tokens/" + token.path("id").asText()).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void tokenErrors() {
            assertError(fx.post(a.viewerToken, "/api/v1/tokens", "{\"name\":\"x\"}"), 403,
                    "Only owners and developers may manage tokens");
            assertError(fx.get(a.viewerToken, "/api/v1/tokens"), 403, "Only owners and developers may manage tokens");
            assertError(fx.post(a.ownerToken, "/api/v1/tokens", "{}"), 400, "Missing name");
            assertError(fx.post(a.ownerToken, "/api/v1/tokens", "{\"name\":\"" + "n".repeat(201) + "\"}"), 400,
                    "Invalid name: at most 200 characters");
            assertError(fx.delete(a.ownerToken, "/api/v1/tokens/tokid_missing"), 404, "Token not found");
        }
    }
}
