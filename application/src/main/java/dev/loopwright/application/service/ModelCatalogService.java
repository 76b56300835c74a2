package dev.loopwright.application.service;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.in.ListModelsUseCase;
import dev.loopwright.application.port.in.ModelOption;
import dev.loopwright.application.port.in.ModelsView;
import dev.loopwright.application.port.in.RuntimeStatus;
import dev.loopwright.application.port.in.RuntimeStatusUseCase;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.CatalogModel;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads the runtime's catalog for people choosing models; an unreachable runtime is reported, not thrown. */
public final class ModelCatalogService implements ListModelsUseCase, RuntimeStatusUseCase {
    static final String UNREACHABLE = "OpenCode server is not reachable. Start it with `opencode serve`.";
    static final String DISCOVERY_FAILED = "OpenCode is connected, but model discovery failed.";

    private final ModelRuntime runtime;

    public ModelCatalogService(ModelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public ModelsView models(boolean includeDisconnected) {
        ModelCatalog catalog;
        try {
            catalog = runtime.catalog();
        } catch (ModelRuntimeException e) {
            String message = e.kind() == RuntimeFailureKind.UNREACHABLE ? UNREACHABLE : DISCOVERY_FAILED;
            return new ModelsView(List.of(), List.of(), Map.of(), Optional.of(message));
        }
        List<ModelOption> models = (includeDisconnected ? catalog.models() : catalog.connectedModels()).stream()
                .sorted(Comparator.comparing(CatalogModel::providerName).thenComparing(CatalogModel::name))
                .map(m -> new ModelOption(m.id(), m.name(), m.providerName(), m.variants(), m.canUseTools(),
                        m.canReason(), m.contextWindow()))
                .toList();
        return new ModelsView(models, catalog.connectedProviders(), catalog.defaultModels(), Optional.empty());
    }

    @Override
    public RuntimeStatus status() {
        RuntimeHealth health = runtime.health();
        return new RuntimeStatus(health.reachable(), health.version(), health.problem());
    }
}
