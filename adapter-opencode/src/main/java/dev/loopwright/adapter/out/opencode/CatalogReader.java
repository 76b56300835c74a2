package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.runtime.CatalogModel;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.ModelId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads OpenCode's {@code GET /provider} answer ({@code all}, {@code connected}, {@code default}). Entries we
 * cannot name as {@code provider/model} are skipped rather than failing the whole catalog.
 */
final class CatalogReader {
    private CatalogReader() {
    }

    static ModelCatalog read(JsonNode body) {
        List<CatalogModel> models = new ArrayList<>();
        for (JsonNode provider : body.path("all")) {
            String providerId = provider.path("id").asText("");
            String providerName = provider.path("name").asText(providerId);
            provider.path("models").fields().forEachRemaining(entry ->
                    model(providerId, providerName, entry.getKey(), entry.getValue()).ifPresent(models::add));
        }
        List<String> connected = new ArrayList<>();
        body.path("connected").forEach(id -> connected.add(id.asText()));
        Map<String, String> defaults = new LinkedHashMap<>();
        body.path("default").fields().forEachRemaining(e -> defaults.put(e.getKey(), e.getValue().asText()));
        return new ModelCatalog(models, connected, defaults);
    }

    private static Optional<CatalogModel> model(String providerId, String providerName, String key, JsonNode model) {
        ModelId id;
        try {
            id = new ModelId(providerId + "/" + key);
        } catch (ValidationException e) {
            return Optional.empty();
        }
        List<String> variants = new ArrayList<>();
        model.path("variants").fieldNames().forEachRemaining(variants::add);
        JsonNode capabilities = model.path("capabilities");
        return Optional.of(new CatalogModel(id, model.path("name").asText(key), providerName, variants,
                capabilities.path("toolcall").asBoolean(false), capabilities.path("reasoning").asBoolean(false),
                model.path("limit").path("context").asLong(0)));
    }
}
