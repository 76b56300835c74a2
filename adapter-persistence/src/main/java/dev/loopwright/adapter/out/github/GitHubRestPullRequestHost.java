package dev.loopwright.adapter.out.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.github.HostedRepository;
import dev.loopwright.application.port.out.github.PullRequest;
import dev.loopwright.application.port.out.github.PullRequestDraft;
import dev.loopwright.application.port.out.github.PullRequestHostException;
import dev.loopwright.application.port.out.github.PullRequestState;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Pull requests through GitHub's REST API (and its GraphQL API for the one thing REST cannot do: taking a pull
 * request out of draft). One request per call, no retries: a failure reaches the person as a blocked ticket with
 * GitHub's own message, and retrying the ticket repeats the step.
 */
public final class GitHubRestPullRequestHost implements PullRequestHost {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String MARK_READY = "mutation($id: ID!) { markPullRequestReadyForReview(input:"
            + " {pullRequestId: $id}) { pullRequest { number } } }";

    private final GitHubSettings settings;
    private final HttpClient http;

    public GitHubRestPullRequestHost(GitHubSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Optional<PullRequest> find(HostedRepository repository, String headBranch, String baseBranch) {
        String query = "?state=all&per_page=100&head=" + encode(repository.owner() + ":" + headBranch) + "&base="
                + encode(baseBranch);
        JsonNode list = send("GET", pulls(repository) + query, null);
        PullRequest newest = null;
        for (JsonNode pull : list) {
            PullRequest read = read(pull);
            if (newest == null || read.number() > newest.number()) {
                newest = read;
            }
        }
        return Optional.ofNullable(newest);
    }

    @Override
    public PullRequest create(HostedRepository repository, PullRequestDraft draft) {
        ObjectNode body = JSON.createObjectNode().put("title", draft.title()).put("head", draft.headBranch())
                .put("base", draft.baseBranch()).put("body", draft.body()).put("draft", true);
        return read(send("POST", pulls(repository), body));
    }

    @Override
    public PullRequest update(HostedRepository repository, int number, String title, String body) {
        return read(send("PATCH", pulls(repository) + "/" + number, JSON.createObjectNode().put("title", title)
                .put("body", body)));
    }

    @Override
    public PullRequest get(HostedRepository repository, int number) {
        return read(send("GET", pulls(repository) + "/" + number, null));
    }

    @Override
    public PullRequest markReady(HostedRepository repository, int number) {
        JsonNode pull = send("GET", pulls(repository) + "/" + number, null);
        if (pull.path("draft").asBoolean(false)) {
            ObjectNode request = JSON.createObjectNode().put("query", MARK_READY);
            request.putObject("variables").put("id", pull.path("node_id").asText());
            JsonNode answer = send("POST", "/graphql", request);
            if (answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
                throw new PullRequestHostException("GitHub refused to mark #" + number + " ready for review: "
                        + answer.path("errors").get(0).path("message").asText("unknown error"), 200);
            }
        }
        return get(repository, number);
    }

    @Override
    public void merge(HostedRepository repository, int number, String commitTitle, String expectedHeadSha) {
        JsonNode answer = send("PUT", pulls(repository) + "/" + number + "/merge", JSON.createObjectNode()
                .put("merge_method", "merge").put("commit_title", commitTitle).put("sha", expectedHeadSha));
        if (!answer.path("merged").asBoolean(false)) {
            throw new PullRequestHostException("GitHub did not merge #" + number + ": "
                    + answer.path("message").asText("no reason given"), 200);
        }
    }

    private static String pulls(HostedRepository repository) {
        return "/repos/" + encode(repository.owner()) + "/" + encode(repository.name()) + "/pulls";
    }

    private JsonNode send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "loopwright").header("Authorization", "Bearer " + settings.token());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PullRequestHostException("GitHub could not be reached at " + settings.apiBase() + " (" + method
                    + " " + path + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PullRequestHostException("Interrupted while waiting for GitHub (" + method + " " + path + ")", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String message = answer.path("message").asText("");
            throw new PullRequestHostException("GitHub answered " + response.statusCode() + " to " + method + " "
                    + path.replaceFirst("\\?.*", "") + (message.isEmpty() ? "" : ": " + message)
                    + details(answer), response.statusCode());
        }
        return answer;
    }

    /** GitHub's validation errors say which field was wrong, e.g. "A pull request already exists". */
    private static String details(JsonNode answer) {
        StringBuilder details = new StringBuilder();
        for (JsonNode error : answer.path("errors")) {
            String text = error.path("message").asText(error.path("code").asText(""));
            if (!text.isEmpty()) {
                details.append(details.length() == 0 ? " (" : "; ").append(text);
            }
        }
        return details.length() == 0 ? "" : details.append(')').toString();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode().put("message", body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    private static PullRequest read(JsonNode pull) {
        if (!pull.path("number").canConvertToInt() || pull.path("number").asInt() < 1) {
            throw new PullRequestHostException("GitHub answered without a pull request number", 200);
        }
        boolean merged = pull.path("merged").asBoolean(false) || (pull.hasNonNull("merged_at")
                && !pull.path("merged_at").asText().isEmpty());
        return new PullRequest(pull.path("number").asInt(), pull.path("html_url").asText(""),
                PullRequestState.of(pull.path("state").asText("open"), pull.path("draft").asBoolean(false), merged),
                pull.path("title").asText(""), pull.path("head").path("ref").asText(""),
                pull.path("base").path("ref").asText(""), pull.path("head").path("sha").asText(""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
