package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.adapter.out.opencode.scripted.ChatMessage;
import dev.loopwright.adapter.out.opencode.scripted.ChatRequest;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeEvent;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.domain.profile.ModelId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter against a real {@code opencode serve} whose model is scripted: every behaviour the workflow relies on. */
class OpenCodeModelRuntimeTest {
    private static final ModelId MODEL = new ModelId(RealOpenCode.MODEL);
    private static final Duration PATIENT = Duration.ofSeconds(60);

    @TempDir
    static Path root;
    static RealOpenCode openCode;
    static OpenCodeModelRuntime runtime;
    /** One repository for every session: OpenCode prepares each new directory once, which takes seconds. */
    static Path repository;

    @BeforeAll
    static void startOpenCode() throws Exception {
        Script script = Script.builder()
                .on(When.lastUserContains("ROUND_TRIP"), Response.reply("pong from the scripted model"))
                .on(When.lastUserContains("WRITE_FILE").andNoToolResult(), Response.toolCall("write",
                        "{\"filePath\":\"notes/hello.txt\",\"content\":\"written by the agent\\n\"}"))
                .on(When.lastUserContains("WRITE_FILE").andToolResultPresent(), Response.reply("file written"))
                .on(When.lastUserContains("ASK_USER").andNoToolResult(), Response.toolCall("question",
                        "{\"questions\":[{\"question\":\"Which colour?\",\"header\":\"Colour\","
                                + "\"options\":[{\"label\":\"Red\",\"description\":\"warm\"},"
                                + "{\"label\":\"Blue\",\"description\":\"cold\"}]}]}"))
                .on(When.lastUserContains("ASK_USER").andToolResultPresent(), Response.reply("thanks for answering"))
                .on(When.lastUserContains("HANG"), new Response.Hang())
                .on(When.lastUserContains("RATE_LIMITED"), Response.rateLimited())
                .on(When.lastUserContains("PAYMENT_REQUIRED"), Response.insufficientQuota())
                .on(When.lastUserContains("SERVER_ERROR"), Response.serverError())
                .on(When.lastUserContains("OVERLOADED"), Response.overloaded())
                .on(When.lastUserContains("EMPTY"), Response.empty())
                .on(When.lastUserContains("TRUNCATED"), Response.truncated("half an ans"))
                .build();
        openCode = RealOpenCode.start(script, root);
        runtime = openCode.runtime(1);
        repository = openCode.newRepository("shared");
    }

    @AfterAll
    static void stopOpenCode() {
        if (openCode != null) {
            openCode.close();
        }
    }

    @Test
    void healthNamesThePinnedVersion() {
        assertThat(runtime.health().reachable()).isTrue();
        assertThat(runtime.health().version()).contains(System.getProperty("opencode.version"));
    }

    @Test
    void catalogListsTheConnectedScriptedModel() {
        var catalog = runtime.catalog();

        assertThat(catalog.connectedProviders()).containsExactly(RealOpenCode.PROVIDER);
        assertThat(catalog.connectedModels()).singleElement().satisfies(model -> {
            assertThat(model.id()).isEqualTo(MODEL);
            assertThat(model.canUseTools()).isTrue();
            assertThat(model.contextWindow()).isEqualTo(100_000);
        });
        assertThat(catalog.defaultModels()).containsEntry(RealOpenCode.PROVIDER, "echo");
    }

    @Test
    void promptRoundTripReturnsTheModelsTextAndReportsItAsItArrives() throws Exception {
        RuntimeSession session = session("round-trip");
        BlockingQueue<RuntimeEvent> events = new LinkedBlockingQueue<>();

        PromptReply reply = runtime.prompt(prompt(session, "ROUND_TRIP please", ToolPolicy.NONE, PATIENT),
                events::add);

        assertThat(reply.text()).isEqualTo("pong from the scripted model");
        assertThat(reply.finishReason()).contains("stop");
        assertThat(reply.tokens().output()).isPositive();
        assertThat(events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(RuntimeEvent.Text.class,
                text -> assertThat(text.text()).isEqualTo(reply.text())));
    }

    @Test
    void aCodingPromptWritesARealFileInTheSessionsRepository() throws Exception {
        RuntimeSession session = session("write-file");
        BlockingQueue<RuntimeEvent> events = new LinkedBlockingQueue<>();

        PromptReply reply = runtime.prompt(prompt(session, "WRITE_FILE now", ToolPolicy.CODING, PATIENT), events::add);

        assertThat(reply.text()).isEqualTo("file written");
        assertThat(session.directory().resolve("notes/hello.txt")).hasContent("written by the agent");
        assertThat(events).anySatisfy(event -> assertThat(event).isEqualTo(
                new RuntimeEvent.ToolCall(toolCallId(events), "write", "completed")));
    }

    @Test
    void toolPoliciesDecideWhatTheModelIsOffered() throws Exception {
        RuntimeSession session = session("policies");

        runtime.prompt(prompt(session, "ROUND_TRIP none", ToolPolicy.NONE, PATIENT));
        runtime.prompt(prompt(session, "ROUND_TRIP read-only", ToolPolicy.READ_ONLY, PATIENT));
        runtime.prompt(prompt(session, "ROUND_TRIP coding", ToolPolicy.CODING, PATIENT));

        assertThat(offered("ROUND_TRIP none")).isEmpty();
        assertThat(offered("ROUND_TRIP read-only")).contains("read", "grep", "glob")
                .doesNotContain("write", "edit", "bash", "question", "webfetch");
        assertThat(offered("ROUND_TRIP coding")).contains("read", "write", "edit", "bash")
                .doesNotContain("webfetch", "websearch");
    }

    @Test
    void ourDeadlineTimesOutAndAbortsTheRemoteTurn() throws Exception {
        RuntimeSession session = session("deadline");

        assertThatThrownBy(() -> runtime.prompt(prompt(session, "HANG until the deadline", ToolPolicy.NONE,
                Duration.ofSeconds(3))))
                .isInstanceOfSatisfying(ModelRuntimeException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuntimeFailureKind.TIMEOUT));

        // The turn was aborted remotely, so the session takes the next prompt.
        assertThat(runtime.prompt(prompt(session, "ROUND_TRIP after the deadline", ToolPolicy.NONE, PATIENT)).text())
                .isEqualTo("pong from the scripted model");
    }

    @Test
    void abortEndsARunningPromptAsAborted() throws Exception {
        RuntimeSession session = session("abort");
        CompletableFuture<PromptReply> running = CompletableFuture.supplyAsync(() ->
                runtime.prompt(prompt(session, "HANG until aborted", ToolPolicy.NONE, PATIENT)));
        assertThat(openCode.awaitAgentRequest("HANG until aborted", PATIENT)).isTrue();

        assertThat(runtime.abort(session)).isTrue();

        assertThat(failureOf(running)).isEqualTo(RuntimeFailureKind.ABORTED);
    }

    @Test
    void providerFailuresAreClassified() throws Exception {
        RuntimeSession session = session("provider-failures");

        assertThat(failureOf(session, "RATE_LIMITED")).isEqualTo(RuntimeFailureKind.PROVIDER_LIMIT);
        assertThat(failureOf(session, "PAYMENT_REQUIRED")).isEqualTo(RuntimeFailureKind.PROVIDER_LIMIT);
        assertThat(failureOf(session, "SERVER_ERROR")).isEqualTo(RuntimeFailureKind.PROVIDER_OVERLOADED);
        assertThat(failureOf(session, "OVERLOADED")).isEqualTo(RuntimeFailureKind.PROVIDER_OVERLOADED);
        assertThat(failureOf(session, "EMPTY")).isEqualTo(RuntimeFailureKind.EMPTY_RESPONSE);
        assertThat(failureOf(session, "TRUNCATED")).isEqualTo(RuntimeFailureKind.TRUNCATED_OUTPUT);
    }

    @Test
    void aClosedSessionIsMissing() throws Exception {
        RuntimeSession session = session("closed");
        assertThat(runtime.findSession(session.id())).contains(session);

        runtime.close(session);

        assertThat(runtime.findSession(session.id())).isEmpty();
        assertThat(failureOf(session, "ROUND_TRIP to nobody")).isEqualTo(RuntimeFailureKind.SESSION_MISSING);
    }

    @Test
    void aQuestionWaitsForItsAnswer() throws Exception {
        RuntimeSession session = session("question-answered");
        BlockingQueue<RuntimeEvent> events = new LinkedBlockingQueue<>();
        CompletableFuture<PromptReply> running = CompletableFuture.supplyAsync(() ->
                runtime.prompt(prompt(session, "ASK_USER to answer", ToolPolicy.CODING, PATIENT), events::add));

        PendingQuestion asked = awaitQuestion(events);
        assertThat(asked.questions()).singleElement().satisfies(question -> {
            assertThat(question.text()).isEqualTo("Which colour?");
            assertThat(question.options()).containsExactly("Red", "Blue");
        });
        assertThat(runtime.pendingQuestions(session.directory())).extracting(PendingQuestion::id)
                .containsExactly(asked.id());

        runtime.answerQuestion(asked, List.of(List.of("Blue")));

        assertThat(running.get(60, TimeUnit.SECONDS).text()).isEqualTo("thanks for answering");
        assertThat(toolResultsAfter("ASK_USER to answer")).anySatisfy(result -> assertThat(result).contains("Blue"));
        assertThat(runtime.pendingQuestions(session.directory())).isEmpty();
    }

    @Test
    void aRejectedQuestionEndsTheTurn() throws Exception {
        RuntimeSession session = session("question-rejected");
        BlockingQueue<RuntimeEvent> events = new LinkedBlockingQueue<>();
        CompletableFuture<PromptReply> running = CompletableFuture.supplyAsync(() ->
                runtime.prompt(prompt(session, "ASK_USER to reject", ToolPolicy.CODING, PATIENT), events::add));

        runtime.rejectQuestion(awaitQuestion(events));

        assertThat(running).failsWithin(Duration.ofSeconds(60));
        assertThat(runtime.pendingQuestions(session.directory())).isEmpty();
    }

    private static RuntimeSession session(String name) {
        RuntimeSession session = runtime.openSession(new SessionRequest(repository, name));
        assertThat(session.directory()).isEqualTo(repository);
        return session;
    }

    private static PromptRequest prompt(RuntimeSession session, String text, ToolPolicy tools, Duration timeout) {
        return PromptRequest.of(session, MODEL, text, tools, timeout);
    }

    private static RuntimeFailureKind failureOf(RuntimeSession session, String text) {
        try {
            runtime.prompt(prompt(session, text, ToolPolicy.NONE, PATIENT));
        } catch (ModelRuntimeException e) {
            return e.kind();
        }
        throw new AssertionError("'" + text + "' did not fail");
    }

    private static RuntimeFailureKind failureOf(CompletableFuture<PromptReply> running) throws Exception {
        try {
            running.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ModelRuntimeException.class);
            return ((ModelRuntimeException) e.getCause()).kind();
        }
        throw new AssertionError("the prompt did not fail");
    }

    private static List<String> offered(String text) {
        return mainRequests(text).stream().flatMap(request -> request.toolNames().stream()).distinct().toList();
    }

    /** The agent's requests for this prompt, leaving out OpenCode's own side requests (titles). */
    private static List<ChatRequest> mainRequests(String text) {
        return openCode.model().requests().stream()
                .filter(request -> request.lastUserText().contains(text))
                .filter(request -> !request.isSideRequest())
                .toList();
    }

    private static List<String> toolResultsAfter(String text) {
        return mainRequests(text).stream().flatMap(request -> request.toolResults().stream())
                .map(ChatMessage.ToolResult::text).toList();
    }

    private static PendingQuestion awaitQuestion(BlockingQueue<RuntimeEvent> events) throws InterruptedException {
        while (true) {
            RuntimeEvent event = events.poll(60, TimeUnit.SECONDS);
            assertThat(event).as("a question within 60 s").isNotNull();
            if (event instanceof RuntimeEvent.QuestionAsked asked) {
                return asked.question();
            }
        }
    }

    private static String toolCallId(BlockingQueue<RuntimeEvent> events) {
        return events.stream().filter(RuntimeEvent.ToolCall.class::isInstance).map(RuntimeEvent.ToolCall.class::cast)
                .map(RuntimeEvent.ToolCall::callId).findFirst().orElse("");
    }
}
