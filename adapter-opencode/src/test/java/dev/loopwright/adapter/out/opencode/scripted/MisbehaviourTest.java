package dev.loopwright.adapter.out.opencode.scripted;

import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.parse;
import static dev.loopwright.adapter.out.opencode.scripted.OpenAiTestClient.userAsks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A model that is slow, never answers, or breaks off: delays, hangs and cuts. */
class MisbehaviourTest {
    // A deadline for things that happen at once; only a broken server gets anywhere near it.
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private ScriptedModelServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiTestClient serve(Response fallback) throws Exception {
        server = ScriptedModelServer.start(Script.builder().fallback(fallback).build());
        return new OpenAiTestClient(server);
    }

    @Test
    void aDelayedReplyStillArrives() throws Exception {
        OpenAiTestClient client = serve(Response.delayed(Duration.ofMillis(50), Response.reply("worth the wait")));

        HttpResponse<String> response = client.post(userAsks("hi", false));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body()).get("choices").get(0).get("message").get("content").asText())
                .isEqualTo("worth the wait");
        assertThat(StreamedAnswer.of(client.stream(userAsks("hi", true))).text()).isEqualTo("worth the wait");
    }

    @Test
    void closingDropsARequestThatHangs() throws Exception {
        OpenAiTestClient client = serve(Response.hang());
        CompletableFuture<HttpResponse<String>> pending = client.postAsync(userAsks("hello?", false));
        assertThat(server.awaitRequests(1, PROMPTLY)).isTrue();

        server.close();

        assertDroppedBeforeTheDeadline(pending);
    }

    @Test
    void closingEndsADelayEarlyAndDropsTheRequest() throws Exception {
        OpenAiTestClient client = serve(Response.delayed(Duration.ofHours(1), Response.reply("too late")));
        CompletableFuture<HttpResponse<String>> pending = client.postAsync(userAsks("hello?", true));
        assertThat(server.awaitRequests(1, PROMPTLY)).isTrue();

        server.close();

        assertDroppedBeforeTheDeadline(pending);
    }

    @Test
    void aHangingRequestDoesNotHoldUpOthers() throws Exception {
        server = ScriptedModelServer.start(Script.builder()
                .on(When.lastUserContains("HANG"), Response.hang())
                .fallback(Response.reply("fine"))
                .build());
        OpenAiTestClient client = new OpenAiTestClient(server);
        CompletableFuture<HttpResponse<String>> hanging = client.postAsync(userAsks("HANG", false));
        assertThat(server.awaitRequests(1, PROMPTLY)).isTrue();

        assertThat(client.post(userAsks("meanwhile", false)).statusCode()).isEqualTo(200);
        assertThat(hanging).isNotDone();
    }

    @Test
    void aStreamCutMidwaySendsTheTextThenBreaksWithoutFinishOrDone() throws Exception {
        OpenAiTestClient client = serve(Response.cutMidStream("The first half of an answ"));
        List<String> payloads = new ArrayList<>();

        assertThatThrownBy(() -> client.readStream(userAsks("go", true), payloads)).isInstanceOf(IOException.class);

        // A client may lose what it had not read yet when the connection breaks, so only a prefix is certain.
        StreamedAnswer answer = StreamedAnswer.of(payloads);
        assertThat("The first half of an answ").startsWith(answer.text());
        assertThat(answer.finishReason()).isNull();
        assertThat(answer.done()).isFalse();
    }

    @Test
    void aCutWithoutStreamingBreaksOffTheBody() throws Exception {
        OpenAiTestClient client = serve(Response.cutMidStream("partial"));

        assertThatThrownBy(() -> client.post(userAsks("go", false))).isInstanceOf(IOException.class);
    }

    /** The client's call ends with an I/O failure, not with an answer, long before any real timeout. */
    private static void assertDroppedBeforeTheDeadline(CompletableFuture<HttpResponse<String>> pending) {
        assertThatThrownBy(() -> pending.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }
}
