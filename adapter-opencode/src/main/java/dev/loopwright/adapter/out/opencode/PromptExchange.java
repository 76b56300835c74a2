package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeEvent;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One prompt, start to finish. OpenCode's {@code POST /session/{id}/message} answers when the turn ends, but a
 * provider that keeps failing makes it wait forever while OpenCode retries; so the session's events are followed
 * at the same time, and whichever settles first (the answer, too many retries, a lost server, our deadline)
 * decides. Every wait is bounded by the request's timeout, and giving up always aborts the remote session.
 */
final class PromptExchange {
    private final OpenCodeHttp http;
    private final OpenCodeSettings settings;
    private final PromptRequest request;
    private final Consumer<RuntimeEvent> progress;
    private final CompletableFuture<PromptReply> outcome = new CompletableFuture<>();
    private final ProgressTranslator translator;
    private final AtomicInteger retries = new AtomicInteger();

    PromptExchange(OpenCodeHttp http, OpenCodeSettings settings, PromptRequest request,
            Consumer<RuntimeEvent> progress) {
        this.http = http;
        this.settings = settings;
        this.request = request;
        this.progress = progress;
        this.translator = new ProgressTranslator(request.session().directory());
    }

    PromptReply run() {
        Instant deadline = Instant.now().plus(request.timeout());
        CompletableFuture<HttpResponse<String>> answer = null;
        try (EventSubscription events = EventSubscription.open(http, this::onEvent)) {
            if (!events.awaitConnected(shorter(remaining(deadline), settings.callTimeout()))) {
                throw streamFailure(events);
            }
            events.whenClosed().thenAccept(failure -> {
                if (failure != null) {
                    outcome.completeExceptionally(OpenCodeHttp.transportFailure(failure, "the event stream"));
                }
            });
            answer = http.postAsync(sessionPath("/message"), directoryQuery(), body(), remaining(deadline));
            answer.whenComplete((response, failure) -> settle(response, failure));
            return outcome.get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw giveUp(new ModelRuntimeException(RuntimeFailureKind.TIMEOUT,
                    "no answer within " + request.timeout().toSeconds() + " s", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw giveUp(new ModelRuntimeException(RuntimeFailureKind.TIMEOUT, "interrupted while waiting", e));
        } catch (ExecutionException e) {
            ModelRuntimeException failure = e.getCause() instanceof ModelRuntimeException known ? known
                    : new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR, String.valueOf(e.getCause()), e);
            throw failure.kind() == RuntimeFailureKind.TIMEOUT || failure.kind().isContinuable() ? giveUp(failure)
                    : failure;
        } finally {
            if (answer != null) {
                answer.cancel(true);
            }
        }
    }

    private void onEvent(OpenCodeEvent event) {
        boolean ours = event.concerns(request.session().id()) || event.sessionId().isEmpty()
                && event.directory().map(d -> d.equals(request.session().directory().toString())).orElse(false);
        if (!ours) {
            return;
        }
        translator.translate(event).ifPresent(runtimeEvent -> {
            if (runtimeEvent instanceof RuntimeEvent.Retrying retrying
                    && retries.incrementAndGet() >= settings.providerRetryLimit()) {
                outcome.completeExceptionally(FailureClassifier.fromRetries(retries.get(), retrying.message()));
            }
            progress.accept(runtimeEvent);
        });
    }

    private void settle(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            outcome.completeExceptionally(OpenCodeHttp.transportFailure(unwrap(failure), "the prompt"));
            return;
        }
        try {
            outcome.complete(ReplyReader.read(OpenCodeHttp.parse(response), this::latestAssistantText));
        } catch (ModelRuntimeException e) {
            outcome.completeExceptionally(e);
        } catch (RuntimeException e) {
            outcome.completeExceptionally(new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR,
                    "could not read OpenCode's reply: " + e.getMessage(), e));
        }
    }

    /** The session's own record of its last reply, for a turn whose answer came back without text. */
    private String latestAssistantText() {
        JsonNode messages = http.get(sessionPath("/message"), directoryQuery(), settings.callTimeout());
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            if (message.path("info").path("role").asText().equals("assistant")) {
                return ReplyReader.text(message.path("parts"));
            }
        }
        return "";
    }

    /** Stops the remote turn so the session does not keep working (and spending) after we left. */
    private ModelRuntimeException giveUp(ModelRuntimeException failure) {
        try {
            http.post(sessionPath("/abort"), directoryQuery(), Map.of(), settings.callTimeout());
        } catch (ModelRuntimeException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
        return failure;
    }

    private ModelRuntimeException streamFailure(EventSubscription events) {
        Throwable cause = events.whenClosed().getNow(null);
        return cause != null ? OpenCodeHttp.transportFailure(cause, "the event stream")
                : new ModelRuntimeException(RuntimeFailureKind.UNREACHABLE, "OpenCode's event stream did not start");
    }

    private ObjectNode body() {
        ObjectNode body = OpenCodeHttp.JSON.createObjectNode();
        body.putArray("parts").addObject().put("type", "text").put("text", request.text());
        body.putObject("model").put("providerID", request.model().provider()).put("modelID", request.model().model());
        request.variant().ifPresent(variant -> body.put("variant", variant));
        request.agent().ifPresent(agent -> body.put("agent", agent));
        request.system().ifPresent(system -> body.put("system", system));
        ObjectNode tools = body.putObject("tools");
        ToolSwitches.forPolicy(request.tools()).forEach(tools::put);
        return body;
    }

    private String sessionPath(String suffix) {
        return "/session/" + SessionIds.segment(request.session().id()) + suffix;
    }

    private Map<String, String> directoryQuery() {
        return Map.of("directory", request.session().directory().toString());
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
