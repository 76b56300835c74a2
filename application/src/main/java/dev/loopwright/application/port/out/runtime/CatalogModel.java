package dev.loopwright.application.port.out.runtime;

import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Objects;

/** One model the runtime offers. */
public record CatalogModel(ModelId id, String name, String providerName, List<String> variants,
        boolean canUseTools, boolean canReason, long contextWindow) {
    public CatalogModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerName, "providerName");
        variants = List.copyOf(variants);
    }
}
