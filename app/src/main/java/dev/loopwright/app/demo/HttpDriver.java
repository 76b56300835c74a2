package dev.loopwright.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Drives the demo ticket through its whole lifecycle over Loopwright's HTTP API: profile, project, ticket, start,
 * the interview answered batch by batch, each of the four approvals by the exact hash of what was shown, the merge,
 * until COMPLETED. Progress is printed live from {@code /api/stream}.
 */
public final class HttpDriver {
    /** How long to wait for news on the stream before looking anyway. */
    private static final Duration LOOK_ANYWAY = Duration.ofSeconds(3);

    private final DemoApi api;
    private final PrintStream console;
    private final Set<String> done = new HashSet<>();
    private final CheckoutWatch checkout;

    public HttpDriver(URI base, PrintStream console, CheckoutWatch checkout) {
        this.api = new DemoApi(base);
        this.console = console;
        this.checkout = checkout;
    }

    /** The ticket as {@code GET /api/tickets/SHOP-1} shows it, with its runtime view. */
    public JsonNode ticket() throws IOException, InterruptedException {
        return api.getJson(path(""));
    }

    /** Creates the profile, the project on {@code repo} and the ticket, then starts it. */
    public void createAndStart(Path repo) throws IOException, InterruptedException {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("mainImplementer", DemoScenario.MAIN_IMPLEMENTER);
        profile.put("councilMembers", DemoApi.JSON.writeValueAsString(DemoScenario.COUNCIL_MEMBERS));
        if (api.get("/api/profile").body().trim().equals("null")) {
            api.post("/api/profile", profile);
        } else {
            api.send("PATCH", "/api/profile", DemoApi.JSON.writeValueAsString(profile));
        }
        console.println("Profile: main implementer " + DemoScenario.MAIN_IMPLEMENTER + ", council "
                + DemoScenario.COUNCIL_MEMBERS);
        JsonNode project = api.post("/api/projects", Map.of("name", DemoScenario.PROJECT_NAME, "shortname",
                DemoScenario.SHORTNAME, "folderPath", repo.toString()));
        console.println("Project " + DemoScenario.SHORTNAME + " attached: " + repo);
        api.post("/api/tickets", Map.of("projectId", project.get("id").asLong(), "title", DemoScenario.TITLE,
                "description", DemoScenario.DESCRIPTION));
        console.println("Ticket " + DemoScenario.TICKET + " created: " + DemoScenario.TITLE);
        api.post("/api/tickets/" + DemoScenario.TICKET + "/start", Map.of());
        console.println("Started.");
    }

    /**
     * Answers, approves and merges whatever the ticket waits for until it is COMPLETED.
     *
     * @throws DemoFailure when the ticket is blocked or does not finish in time
     */
    public void driveToCompletion(Duration patience) throws IOException, InterruptedException {
        try (LiveStream stream = LiveStream.open(api, DemoScenario.TICKET, console)) {
            long end = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < end) {
                JsonNode ticket = api.getJson(path(""));
                String status = ticket.get("status").asText();
                if (status.equals("COMPLETED")) {
                    TimeUnit.MILLISECONDS.sleep(300); // lets the stream print the last events
                    return;
                }
                if (status.equals("BLOCKED_ERROR") || status.equals("CANCELED")) {
                    throw new DemoFailure(DemoScenario.TICKET + " is " + status + " (was "
                            + ticket.path("previousStatus").asText() + "): " + ticket.path("errorMessage").asText());
                }
                act(status);
                stream.awaitNews(LOOK_ANYWAY);
            }
            throw new DemoFailure(DemoScenario.TICKET + " did not complete within " + patience + "; it is "
                    + api.getJson(path("")).get("status").asText());
        }
    }

    private void act(String status) throws IOException, InterruptedException {
        switch (status) {
            case "WAITING_INTERVIEW_ANSWERS" -> answerBatch();
            case "WAITING_INTERVIEW_APPROVAL" -> approve("interview",
                    api.getJson(path("/interview")).path("contentSha256").asText(""));
            case "WAITING_PRD_APPROVAL" -> approve("PRD",
                    api.getJson("/api/files/" + DemoScenario.TICKET + "/prd").path("contentSha256").asText(""));
            case "WAITING_BEADS_APPROVAL" -> approve("bead plan", DemoApi.expect(api.get(path("/beads")),
                    path("/beads"), 200).headers().firstValue("X-Content-Sha256").orElse(""));
            case "WAITING_EXECUTION_SETUP_APPROVAL" -> {
                JsonNode plan = api.getJson(path("/execution-setup-plan"));
                if (plan.path("exists").asBoolean() && !plan.path("drafting").asBoolean()) {
                    approve("execution setup plan", plan.path("contentSha256").asText(""));
                }
            }
            case "WAITING_PR_REVIEW" -> merge();
            default -> { }
        }
    }

    /** Answers the batch the interviewer waits on, once. */
    private void answerBatch() throws IOException, InterruptedException {
        HttpResponse<String> found = api.get(path("/interview"));
        if (found.statusCode() == 404) {
            return; // the interviewer has not stored its session yet: its first batch is on the way
        }
        JsonNode interview = DemoApi.JSON.readTree(DemoApi.expect(found, path("/interview"), 200).body());
        if (!interview.has("questions") || interview.path("awaitingInterviewer").asBoolean()) {
            return;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (JsonNode question : interview.get("questions")) {
            String id = question.get("id").asText();
            if (question.path("status").asText().equals("current") && !done.contains("answer " + id)) {
                answers.put(id, DemoScenario.answer(id));
            }
        }
        if (answers.isEmpty()) {
            return;
        }
        HttpResponse<String> response = api.send("POST", path("/answer-batch"),
                DemoApi.JSON.writeValueAsString(Map.of("answers", answers)));
        if (response.statusCode() == 202) {
            answers.forEach((id, answer) -> {
                done.add("answer " + id);
                console.println("  ? " + id + " answered: " + answer);
            });
        }
    }

    /** Approves the exact version shown (its hash), once per gate and hash; a stale one is tried again. */
    private void approve(String what, String hash) throws IOException, InterruptedException {
        if (hash.isEmpty() || !done.add(what + " " + hash)) {
            return;
        }
        HttpResponse<String> response = api.send("POST", path("/approve"),
                DemoApi.JSON.writeValueAsString(Map.of("expectedContentSha256", hash)));
        if (response.statusCode() == 200) {
            console.println("  ✓ approved the " + what + " (sha256 " + hash.substring(0, 12) + "…)");
        } else {
            done.remove(what + " " + hash);
            console.println("  (approval of the " + what + " answered " + response.statusCode() + "; trying again)");
        }
    }

    private void merge() throws IOException, InterruptedException {
        if (!done.add("merge")) {
            return;
        }
        checkout.lookBeforeMerge();
        HttpResponse<String> response = api.send("POST", path("/merge"), "{}");
        if (response.statusCode() / 100 == 2) {
            console.println("  ✓ merged into " + DemoScenario.BASE_BRANCH);
        } else {
            done.remove("merge");
            console.println("  (merge answered " + response.statusCode() + ": " + response.body() + ")");
        }
    }

    private static String path(String rest) {
        return "/api/tickets/" + DemoScenario.TICKET + rest;
    }
}
