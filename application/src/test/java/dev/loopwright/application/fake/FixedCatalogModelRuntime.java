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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A model runtime that only knows its catalog, for use cases that check models but run none. Sessions and
 * prompts are refused: tests that prompt use the scripted provider behind a real OpenCode.
 */
public final class FixedCatalogModelRuntime implements ModelRuntime {
    private final RuntimeHealth health;
    private final Supplier<ModelCatalog> catalog;

    public FixedCatalogModelRuntime(List<ModelId> connected) {
        ModelCatalog fixed = new ModelCatalog(connected.stream()
                .map(id -> new CatalogModel(id, id.model(), id.provider(), List.of(), true, false, 128_000)).toList(),
                connected.stream().map(ModelId::provider).distinct().toList(), Map.of());
        this.health = RuntimeHealth.up("fixed-catalog");
        this.catalog = () -> fixed;
    }

    private FixedCatalogModelRuntime(RuntimeHealth health, Supplier<ModelCatalog> catalog) {
        this.health = health;
        this.catalog = catalog;
    }

    /** A reachable runtime whose catalog comes from {@code catalog} on every read, e.g. to hold a caller up. */
    public static FixedCatalogModelRuntime answering(Supplier<ModelCatalog> catalog) {
        return new FixedCatalogModelRuntime(RuntimeHealth.up("fixed-catalog"), catalog);
    }

    /** A runtime that cannot be reached: its health says so and every catalog read fails as UNREACHABLE. */
    public static FixedCatalogModelRuntime unreachable() {
        return new FixedCatalogModelRuntime(RuntimeHealth.down("connection refused"), () -> {
            throw new ModelRuntimeException(RuntimeFailureKind.UNREACHABLE, "connection refused");
        });
    }

    @Override
    public RuntimeHealth health() {
        return health;
    }

    @Override
    public ModelCatalog catalog() {
        return catalog.get();
    }

    @Override
    public RuntimeSession openSession(SessionRequest request) {
        throw refused();
    }

    @Override
    public Optional<RuntimeSession> findSession(String sessionId) {
        throw refused();
    }

    @Override
    public PromptReply prompt(PromptRequest request, Consumer<RuntimeEvent> progress) {
        throw refused();
    }

    @Override
    public boolean abort(RuntimeSession session) {
        throw refused();
    }

    @Override
    public void close(RuntimeSession session) {
        throw refused();
    }

    @Override
    public List<PendingQuestion> pendingQuestions(Path directory) {
        throw refused();
    }

    @Override
    public void answerQuestion(PendingQuestion question, List<List<String>> answers) {
        throw refused();
    }

    @Override
    public void rejectQuestion(PendingQuestion question) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("this runtime only answers catalog questions");
    }
}
