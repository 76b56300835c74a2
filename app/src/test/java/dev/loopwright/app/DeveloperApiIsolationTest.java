package dev.loopwright.app;

import static dev.loopwright.app.IntakeFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token of organisation A sees and changes nothing of organisation B on any route, and no token value ever
 * reaches the database files or the log.
 */
class DeveloperApiIsolationTest {
    @TempDir
    Path dataDir;

    @Test
    void organisationATokenSeesNothingOfB() throws Exception {
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            IntakeFixture.Org a = fx.a;
            IntakeFixture.Org b = fx.b;
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (String token : List.of(a.ownerToken, a.developerToken, a.viewerToken)) {
                fx.clock.advance(Duration.ofMinutes(1));
                Supplier<String> t = () -> token;
                // Lists: B's rows never appear, and filtering by B's ids finds nothing.
                for (String path : List.of("/api/v1/projects", "/api/v1/clients", "/api/v1/feedback",
                        "/api/v1/feedback?project_id=" + b.website.id(), "/api/v1/boards/cards",
                        "/api/v1/boards/cards?project_id=" + b.board.id(), "/api/v1/boards/cards?list_id=" + b.todo.id(),
                        "/api/v1/tickets", "/api/v1/tickets?project_id=" + b.website.id())) {
                    HttpResponse<String> response = fx.get(t.get(), path);
                    answers.add(response);
                    assertThat(response.statusCode()).as(path).isIn(200, 403);
                }
                assertThat(json(fx.get(token, "/api/v1/feedback?project_id=" + b.website.id())).path("data"))
                        .isEmpty();
                assertThat(json(fx.get(token, "/api/v1/tickets?project_id=" + b.website.id())).path("meta")
                        .path("total").asInt()).isZero();
                // Reads of B's things by id: not found, exactly as for ids that do not exist.
                List<String[]> notFound = List.of(
                        new String[] {"/api/v1/projects/" + b.website.id(), "Project not found"},
                        new String[] {"/api/v1/projects/" + b.website.id() + "/members", "Project not found"},
                        new String[] {"/api/v1/feedback/" + b.feedback.get(0).id(), "Feedback not found"},
                        new String[] {"/api/v1/feedback/" + b.feedback.get(0).id() + "/comments", "Feedback not found"},
                        new String[] {"/api/v1/boards/lists?project_id=" + b.board.id(), "Project not found"},
                        new String[] {"/api/v1/boards/cards/" + b.cards.get(0).id(), "Card not found"},
                        new String[] {"/api/v1/boards/cards/" + b.cards.get(0).id() + "/comments", "Card not found"},
                        new String[] {"/api/v1/tickets/" + b.tickets.get(0).id(), "Ticket not found"});
                for (String[] route : notFound) {
                    HttpResponse<String> response = fx.get(token, route[0]);
                    answers.add(response);
                    assertThat(response.statusCode()).as(route[0]).isEqualTo(404);
                    assertThat(json(response).path("error").asText()).isEqualTo(route[1]);
                }
                // Writes aimed at B's things: refused (404 for writers, 403 for the viewer) and nothing changes.
                List<HttpResponse<String>> writes = List.of(
                        fx.patch(token, "/api/v1/feedback/" + b.feedback.get(0).id(), "{\"status\":\"done\"}"),
                        fx.delete(token, "/api/v1/feedback/" + b.feedback.get(1).id()),
                        fx.post(token, "/api/v1/feedback/" + b.feedback.get(0).id() + "/comments", "{\"body\":\"x\"}"),
                        fx.post(token, "/api/v1/boards/cards/" + b.cards.get(0).id() + "/comments", "{\"body\":\"x\"}"),
                        fx.post(token, "/api/v1/feedback", "{\"project_id\":\"" + b.website.id() + "\",\"title\":\"x\"}"),
                        fx.patch(token, "/api/v1/tickets/" + b.tickets.get(0).id(), "{\"status\":\"done\"}"),
                        fx.delete(token, "/api/v1/tokens/" + tokenId(fx, b)));
                for (HttpResponse<String> response : writes) {
                    answers.add(response);
                    assertThat(response.statusCode()).as(response.body())
                            .isEqualTo(token.equals(a.viewerToken) ? 403 : 404);
                }
                HttpResponse<String> tokens = fx.get(token, "/api/v1/tokens");
                answers.add(tokens);
            }
            // B's data is untouched and B's tokens still work.
            fx.clock.advance(Duration.ofMinutes(1));
            HttpResponse<String> bFeedback = fx.get(b.ownerToken, "/api/v1/feedback");
            assertThat(json(bFeedback).path("meta").path("total").asInt()).isEqualTo(3);
            assertThat(json(fx.get(b.ownerToken, "/api/v1/feedback/" + b.feedback.get(0).id())).path("data")
                    .path("status").asText()).isEqualTo("new");
            assertThat(json(fx.get(b.ownerToken, "/api/v1/feedback/" + b.feedback.get(0).id() + "/comments"))
                    .path("meta").path("total").asInt()).isEqualTo(1);
            assertThat(json(fx.get(b.ownerToken, "/api/v1/tickets/" + b.tickets.get(0).id())).path("data")
                    .path("status").asText()).isEqualTo("open");
            // Nothing A was answered names anything of B.
            List<String> bNames = Stream.of(b.organisation.id().value(), b.organisation.name(), b.website.id().value(),
                    b.board.id().value(), b.client.id().value(), b.client.name(), b.website.apiKey().value(),
                    b.todo.id().value(), b.feedback.get(0).id().value(), b.cards.get(0).id().value(),
                    b.tickets.get(0).id().value(), "b-owner", "b-dev", "Borealis").toList();
            for (HttpResponse<String> answer : answers) {
                String body = answer.body();
                String path = answer.request().uri().getPath();
                for (String name : bNames) {
                    // The request itself named B's id; the 404 body must still not echo B's data.
                    assertThat(body).as(path).doesNotContain("\"" + name + "\"").doesNotContain("Borealis");
                }
            }
        }
    }

    private static String tokenId(IntakeFixture fx, IntakeFixture.Org org) {
        return fx.services.tokens.listTokens(org.organisation.id()).get(0).id().value();
    }

    @Test
    void tokenValuesNeverReachTheDatabaseOrTheLog() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<String> secrets = new ArrayList<>();
        System.setOut(capture);
        System.setErr(capture);
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            secrets.addAll(List.of(fx.a.ownerToken, fx.a.developerToken, fx.a.viewerToken, fx.b.ownerToken,
                    fx.b.developerToken, fx.b.viewerToken));
            HttpResponse<String> created = fx.post(fx.a.developerToken, "/api/v1/tokens", "{\"name\":\"made over HTTP\"}");
            String viaHttp = json(created).path("data").path("token").asText();
            secrets.add(viaHttp);
            assertThat(fx.get(viaHttp, "/api/v1/tickets").statusCode()).isEqualTo(200);
            // Failures log: an unknown token, a revoked one, a malformed request.
            fx.get("tok_" + "f".repeat(64), "/api/v1/feedback");
            fx.delete(fx.a.ownerToken, "/api/v1/tokens/" + json(created).path("data").path("id").asText());
            fx.get(viaHttp, "/api/v1/feedback");
            fx.patch(fx.a.ownerToken, "/api/v1/tickets/" + fx.a.tickets.get(0).id(), "{not json");
            fx.server.store().integrityCheck();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("something was logged, so the scan means something").isNotEmpty();
        assertThat(log).doesNotContain("tok_");
        byte[] files = databaseBytes();
        String database = new String(files, StandardCharsets.ISO_8859_1);
        assertThat(database).contains("made over HTTP").doesNotContain("tok_");
        for (String secret : secrets) {
            assertThat(secret).matches("tok_[0-9a-f]{64}");
            assertThat(database).doesNotContain(secret.substring(4));
            assertThat(log).doesNotContain(secret.substring(4));
        }
    }

    /** The database and its WAL and shared-memory files: a row can sit in the WAL before a checkpoint. */
    private byte[] databaseBytes() throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("loopwright.db")).toList()) {
                all.write(Files.readAllBytes(file));
            }
        }
        assertThat(all.size()).isGreaterThan(0);
        return all.toByteArray();
    }
}
