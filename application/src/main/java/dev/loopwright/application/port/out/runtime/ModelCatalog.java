package dev.loopwright.application.port.out.runtime;

import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Map;

/**
 * The models the runtime knows, and which providers are connected (have credentials).
 *
 * @param defaultModels the runtime's default model per provider id
 */
public record ModelCatalog(List<CatalogModel> models, List<String> connectedProviders,
        Map<String, String> defaultModels) {
    public ModelCatalog {
        models = List.copyOf(models);
        connectedProviders = List.copyOf(connectedProviders);
        defaultModels = Map.copyOf(defaultModels);
    }

    /** Models whose provider is connected: the only ones a ticket may use. */
    public List<CatalogModel> connectedModels() {
        return models.stream().filter(m -> connectedProviders.contains(m.id().provider())).toList();
    }

    public boolean isConnected(ModelId model) {
        return connectedModels().stream().anyMatch(m -> m.id().equals(model));
    }
}
