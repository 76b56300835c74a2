package dev.loopwright.adapter.out.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.out.github.HostedRepository;
import dev.loopwright.application.port.out.github.PullRequest;
import dev.loopwright.application.port.out.github.PullRequestDraft;
import dev.loopwright.application.port.out.github.PullRequestHostException;
import dev.loopwright.application.port.out.github.PullRequestState;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubRestPullRequestHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HostedRepository SHOP = new HostedRepository("acme", "shop");
    private static final String SHA = "a".repeat(40);
    private static final String PULLS = "/repos/acme/shop/pulls";

    private GitHubStandIn github;
    private GitHubRestPullRequestHost host;

    @BeforeEach
    void standIn() throws Exception {
        github = GitHubStandIn.start();
        host = new GitHubRestPullRequestHost(new GitHubSettings("secret-token", github.base()));
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private static String pull(int number, String state, boolean draft, String mergedAt) {
        return "{\"number\":" + number + ",\"node_id\":\"PR_node" + number + "\",\"html_url\":"
                + "\"https://github.com/acme/shop/pull/" + number + "\",\"state\":\"" + state + "\",\"draft\":" + draft
                + ",\"merged_at\":" + (mergedAt == null ? "null" : "\"" + mergedAt + "\"") + ",\"title\":\"SHOP-1: Save"
                + " the basket\",\"head\":{\"ref\":\"SHOP-1\",\"sha\":\"" + SHA + "\"},\"base\":{\"ref\":\"main\"}}";
    }

    @Test
    void createsADraftWithTheTokenAndTheRestHeaders() throws Exception {
        github.on("POST " + PULLS, 201, pull(7, "open", true, null));

        PullRequest created = host.create(SHOP, new PullRequestDraft("SHOP-1: Save the basket", "## Summary", "SHOP-1",
                "main"));

        assertThat(created).isEqualTo(new PullRequest(7, "https://github.com/acme/shop/pull/7", PullRequestState.DRAFT,
                "SHOP-1: Save the basket", "SHOP-1", "main", SHA));
        GitHubStandIn.Request request = github.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("Bearer secret-token");
        assertThat(request.accept()).isEqualTo("application/vnd.github+json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("title").asText()).isEqualTo("SHOP-1: Save the basket");
        assertThat(body.path("head").asText()).isEqualTo("SHOP-1");
        assertThat(body.path("base").asText()).isEqualTo("main");
        assertThat(body.path("body").asText()).isEqualTo("## Summary");
        assertThat(body.path("draft").asBoolean()).isTrue();
    }

    @Test
    void findsTheNewestPullRequestOfTheBranchInAnyState() {
        github.on("GET " + PULLS, 200, "[" + pull(3, "closed", false, null) + "," + pull(9, "open", false, null) + "]");

        assertThat(host.find(SHOP, "SHOP-1", "main")).get().satisfies(found -> {
            assertThat(found.number()).isEqualTo(9);
            assertThat(found.state()).isEqualTo(PullRequestState.OPEN);
        });
        assertThat(github.requests.get(0).query()).isEqualTo("state=all&per_page=100&head=acme%3ASHOP-1&base=main");
    }

    @Test
    void findsNothingWhenTheListIsEmpty() {
        github.on("GET " + PULLS, 200, "[]");

        assertThat(host.find(SHOP, "SHOP-1", "main")).isEmpty();
    }

    @Test
    void updatesTitleAndBodyOfAnExistingPullRequest() throws Exception {
        github.on("PATCH " + PULLS + "/9", 200, pull(9, "open", false, null));

        assertThat(host.update(SHOP, 9, "New title", "New body").number()).isEqualTo(9);

        GitHubStandIn.Request request = github.requests.get(0);
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree(
                "{\"title\":\"New title\",\"body\":\"New body\"}"));
    }

    @Test
    void marksADraftReadyThroughGraphQlThenMergesAtTheExpectedHead() throws Exception {
        github.on("GET " + PULLS + "/7", 200, pull(7, "open", true, null))
                .on("POST /graphql", 200, "{\"data\":{\"markPullRequestReadyForReview\":{\"pullRequest\":"
                        + "{\"number\":7}}}}")
                .on("PUT " + PULLS + "/7/merge", 200, "{\"merged\":true,\"sha\":\"" + SHA + "\"}");

        host.markReady(SHOP, 7);
        host.merge(SHOP, 7, "SHOP-1: Save the basket", SHA);

        assertThat(github.requests).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET " + PULLS + "/7", "POST /graphql", "GET " + PULLS + "/7", "PUT " + PULLS + "/7/merge");
        assertThat(JSON.readTree(github.requests.get(1).body()).path("variables").path("id").asText())
                .isEqualTo("PR_node7");
        JsonNode merge = JSON.readTree(github.requests.get(3).body());
        assertThat(merge.path("merge_method").asText()).isEqualTo("merge");
        assertThat(merge.path("sha").asText()).isEqualTo(SHA);
        assertThat(merge.path("commit_title").asText()).isEqualTo("SHOP-1: Save the basket");
    }

    @Test
    void aMergedPullRequestReadsAsMerged() {
        github.on("GET " + PULLS + "/7", 200, pull(7, "closed", false, "2026-12-01T10:00:00Z"));

        assertThat(host.get(SHOP, 7).state()).isEqualTo(PullRequestState.MERGED);
    }

    @Test
    void errorStatusesBecomeClearErrorsWithGitHubsMessage() {
        github.on("POST " + PULLS, 422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\","
                + "\"code\":\"custom\",\"message\":\"A pull request already exists for acme:SHOP-1.\"}]}")
                .on("PUT " + PULLS + "/7/merge", 405, "{\"message\":\"Pull Request is not mergeable\"}")
                .on("GET " + PULLS + "/8", 401, "{\"message\":\"Bad credentials\"}");

        assertThatThrownBy(() -> host.create(SHOP, new PullRequestDraft("t", "b", "SHOP-1", "main")))
                .isInstanceOfSatisfying(PullRequestHostException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("GitHub answered 422 to POST " + PULLS + ": Validation Failed"
                            + " (A pull request already exists for acme:SHOP-1.)");
                });
        assertThatThrownBy(() -> host.merge(SHOP, 7, "t", SHA)).isInstanceOf(PullRequestHostException.class)
                .hasMessage("GitHub answered 405 to PUT " + PULLS + "/7/merge: Pull Request is not mergeable");
        assertThatThrownBy(() -> host.get(SHOP, 8)).hasMessageEndingWith("Bad credentials");
        assertThatThrownBy(() -> host.get(SHOP, 99)).hasMessageEndingWith("404 to GET " + PULLS + "/99: Not Found");
    }

    @Test
    void anUnreachableGitHubIsAClearError() {
        GitHubRestPullRequestHost nowhere = new GitHubRestPullRequestHost(new GitHubSettings("t",
                URI.create("http://127.0.0.1:1")));

        assertThatThrownBy(() -> nowhere.get(SHOP, 1)).isInstanceOf(PullRequestHostException.class)
                .hasMessageStartingWith("GitHub could not be reached at http://127.0.0.1:1");
    }

    @Test
    void settingsComeFromTheEnvironmentAndNeverShowTheToken() {
        assertThat(GitHubSettings.fromEnvironment(Map.of())).isEmpty();
        assertThat(GitHubSettings.fromEnvironment(Map.of("GITHUB_TOKEN", "ght"))).get()
                .isEqualTo(new GitHubSettings("ght", GitHubSettings.DEFAULT_API));
        GitHubSettings chosen = GitHubSettings.fromEnvironment(Map.of("GITHUB_TOKEN", "ght",
                "LOOPWRIGHT_GITHUB_TOKEN", "lwt", "LOOPWRIGHT_GITHUB_API_URL", "https://ghe.example/api/v3"))
                .orElseThrow();
        assertThat(chosen.token()).isEqualTo("lwt");
        assertThat(chosen.resolve("/repos")).isEqualTo(URI.create("https://ghe.example/api/v3/repos"));
        assertThat(chosen.toString()).doesNotContain("lwt");
    }
}
