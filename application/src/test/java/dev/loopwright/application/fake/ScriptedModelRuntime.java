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
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
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
import java.util.function.BiFunction;
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

    /**
     * Answers after a delay computed from the prompt (zero for at once) with text computed from the session's
     * folder and the prompt, like an agent that works on the files there first.
     */
    public record Reply(Function<String, Duration> delay, BiFunction<Path, String, String> text) implements Step {
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
        return replyWith(prompt -> text);
    }

    public static Step replyWith(Function<String, String> text) {
        return new Reply(prompt -> Duration.ZERO, (folder, prompt) -> text.apply(prompt));
    }

    public static Step after(Duration delay, String text) {
        return new Reply(prompt -> delay, (folder, prompt) -> text);
    }

    /** Works in the session's folder: {@code work} gets the folder and the prompt, and returns the reply. */
    public static Step workIn(Function<String, Duration> delay, BiFunction<Path, String, String> work) {
        return new Reply(delay, work);
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
    private final Map<String, PendingQuestion> questions = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> resolutions = new ArrayList<>();

    /** Adds steps to the model's script. */
    public ScriptedModelRuntime on(ModelId model, Step... steps) {
        Deque<Step> script = scripts.computeIfAbsent(model, key -> new ArrayDeque<>());
        synchronized (script) {
            script.addAll(List.of(steps));
        }
        return this;
    }

    /** A question an agent asked and waits on, listed for its directory until answered or rejected. */
    public ScriptedModelRuntime asking(PendingQuestion question) {
        questions.put(question.id(), question);
        return this;
    }

    /** What happened to questions, in order: {@code "answered <id> <answers>"} or {@code "rejected <id>"}. */
    public synchronized List<String> resolutions() {
        return List.copyOf(resolutions);
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
        Duration delay = step instanceof Reply ? ((Reply) step).delay().apply(request.text()) : request.timeout();
        boolean answers = step instanceof Reply && delay.compareTo(request.timeout()) <= 0;
        Duration wait = answers ? delay : request.timeout();
        if (!wait.isZero() && awaitAbort(abort, wait)) {
            throw new ModelRuntimeException(RuntimeFailureKind.ABORTED, "the session was aborted");
        }
        if (!answers) {
            // Like the real runtime: at its deadline the session is aborted before the timeout is reported.
            abort(request.session());
            throw new ModelRuntimeException(RuntimeFailureKind.TIMEOUT, "no answer within " + request.timeout());
        }
        return new PromptReply(((Reply) step).text().apply(request.session().directory(), request.text()), Optional.of("stop"),
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
        synchronized (questions) {
            return questions.values().stream().filter(question -> question.directory().equals(directory)).toList();
        }
    }

    @Override
    public synchronized void answerQuestion(PendingQuestion question, List<List<String>> answers) {
        resolve(question);
        resolutions.add("answered " + question.id() + " " + answers);
    }

    @Override
    public synchronized void rejectQuestion(PendingQuestion question) {
        resolve(question);
        resolutions.add("rejected " + question.id());
    }

    private void resolve(PendingQuestion question) {
        if (questions.remove(question.id()) == null) {
            throw new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR, "no pending question " + question.id());
        }
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
