package dev.loopwright.application.fake;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.CatalogModel;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.PendingQuestion;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeEvent;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.domain.profile.ModelId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A model runtime in memory that answers each model's prompts from its own script: replies (fixed or computed from
 * the prompt), failures of a given kind, hangs and delays. Waiting honours the prompt's timeout and ends early on
 * abort, through a latch per session, so deadline tests wait only as long as their short timeout. Each model's
 * steps are used in order; once they are used up, the last one repeats until more are added. Every prompt and abort is recorded.
 */
public final class ScriptedModelRuntime implements ModelRuntime {

    /** What a model does with one prompt. */
    public sealed interface Step permits Reply, Fail, Hang {
    }

    /** Answers after {@code delay} (zero for at once) with text computed from the prompt. */
    public record Reply(Duration delay, Function<String, String> text) implements Step {
        public Reply {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(text, "text");
        }
    }

    public record Fail(RuntimeFailureKind kind) implements Step {
        public Fail {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Never answers: ends as TIMEOUT when the prompt's timeout passes, or as ABORTED when the session is aborted. */
    public record Hang() implements Step {
    }

    /** One prompt as received. */
    public record Prompted(ModelId model, String sessionId, String text, Duration timeout) {
    }

    public static Step reply(String text) {
        return new Reply(Duration.ZERO, prompt -> text);
    }

    public static Step replyWith(Function<String, String> text) {
        return new Reply(Duration.ZERO, text);
    }

    public static Step after(Duration delay, String text) {
        return new Reply(delay, prompt -> text);
    }

    public static Step fail(RuntimeFailureKind kind) {
        return new Fail(kind);
    }

    public static Step hang() {
        return new Hang();
    }

    private final Map<ModelId, Deque<Step>> scripts = new ConcurrentHashMap<>();
    private final Map<ModelId, Step> lastSteps = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> aborts = new ConcurrentHashMap<>();
    private final Map<String, RuntimeSession> sessions = new ConcurrentHashMap<>();
    private final List<Prompted> prompts = new ArrayList<>();
    private final List<String> aborted = new ArrayList<>();
    private final LinkedBlockingQueue<String> started = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Adds steps to the model's script. */
    public ScriptedModelRuntime on(ModelId model, Step... steps) {
        Deque<Step> script = scripts.computeIfAbsent(model, key -> new ArrayDeque<>());
        synchronized (script) {
            script.addAll(List.of(steps));
        }
        return this;
    }

    public synchronized List<Prompted> prompts() {
        return List.copyOf(prompts);
    }

    public List<Prompted> promptsTo(ModelId model) {
        return prompts().stream().filter(prompt -> prompt.model().equals(model)).toList();
    }

    public synchronized List<String> abortedSessions() {
        return List.copyOf(aborted);
    }

    /** Blocks until {@code count} prompts have started (at most ten seconds), for tests that act mid-prompt. */
    public void awaitPrompts(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            if (started.poll(10, TimeUnit.SECONDS) == null) {
                throw new IllegalStateException("only " + i + " of " + count + " prompts started");
            }
        }
    }

    @Override
    public RuntimeHealth health() {
        return RuntimeHealth.up("scripted");
    }

    @Override
    public ModelCatalog catalog() {
        List<ModelId> models = List.copyOf(scripts.keySet());
        return new ModelCatalog(models.stream()
                .map(id -> new CatalogModel(id, id.model(), id.provider(), List.of(), false, false, 128_000)).toList(),
                models.stream().map(ModelId::provider).distinct().toList(), Map.of());
    }

    @Override
    public RuntimeSession openSession(SessionRequest request) {
        RuntimeSession session = new RuntimeSession("ses_" + ids.incrementAndGet(), request.directory());
        sessions.put(session.id(), session);
        aborts.put(session.id(), new CountDownLatch(1));
        return session;
    }

    @Override
    public Optional<RuntimeSession> findSession(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public PromptReply prompt(PromptRequest request, Consumer<RuntimeEvent> progress) {
        CountDownLatch abort = aborts.get(request.session().id());
        if (abort == null) {
            throw new ModelRuntimeException(RuntimeFailureKind.SESSION_MISSING, "no session " + request.session().id());
        }
        synchronized (this) {
            prompts.add(new Prompted(request.model(), request.session().id(), request.text(), request.timeout()));
        }
        started.add(request.session().id());
        Step step = next(request.model());
        if (step instanceof Fail) {
            throw new ModelRuntimeException(((Fail) step).kind(), "scripted " + ((Fail) step).kind());
        }
        boolean answers = step instanceof Reply && ((Reply) step).delay().compareTo(request.timeout()) <= 0;
        Duration wait = answers ? ((Reply) step).delay() : request.timeout();
        if (!wait.isZero() && awaitAbort(abort, wait)) {
            throw new ModelRuntimeException(RuntimeFailureKind.ABORTED, "the session was aborted");
        }
        if (!answers) {
            // Like the real runtime: at its deadline the session is aborted before the timeout is reported.
            abort(request.session());
            throw new ModelRuntimeException(RuntimeFailureKind.TIMEOUT, "no answer within " + request.timeout());
        }
        return new PromptReply(((Reply) step).text().apply(request.text()), Optional.of("stop"),
                "msg_" + ids.incrementAndGet(), PromptReply.TokenUsage.UNKNOWN);
    }

    @Override
    public boolean abort(RuntimeSession session) {
        CountDownLatch abort = aborts.get(session.id());
        if (abort == null) {
            return false;
        }
        synchronized (this) {
            aborted.add(session.id());
        }
        abort.countDown();
        return true;
    }

    @Override
    public void close(RuntimeSession session) {
        sessions.remove(session.id());
    }

    @Override
    public List<PendingQuestion> pendingQuestions(Path directory) {
        return List.of();
    }

    @Override
    public void answerQuestion(PendingQuestion question, List<List<String>> answers) {
        throw new UnsupportedOperationException("scripted models ask no questions");
    }

    @Override
    public void rejectQuestion(PendingQuestion question) {
        throw new UnsupportedOperationException("scripted models ask no questions");
    }

    private Step next(ModelId model) {
        Deque<Step> script = scripts.get(model);
        if (script == null) {
            throw new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR, "no script for " + model);
        }
        synchronized (script) {
            Step step = script.poll();
            if (step != null) {
                lastSteps.put(model, step);
                return step;
            }
        }
        Step last = lastSteps.get(model);
        if (last == null) {
            throw new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR, "the script of " + model + " is empty");
        }
        return last;
    }

    /** True when the session was aborted before {@code wait} passed. */
    private static boolean awaitAbort(CountDownLatch abort, Duration wait) {
        try {
            return abort.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
