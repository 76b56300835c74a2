package dev.loopwright.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The models a user can choose from; when the runtime cannot be asked, the lists are empty and {@code message}
 * says what to do.
 */
public record ModelsView(List<ModelOption> models, List<String> connectedProviders, Map<String, String> defaultModels,
        Optional<String> message) {
    public ModelsView {
        models = List.copyOf(models);
        connectedProviders = List.copyOf(connectedProviders);
        defaultModels = Map.copyOf(defaultModels);
        Objects.requireNonNull(message, "message");
    }
}
