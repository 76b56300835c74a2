package dev.loopwright.application.port.in;

import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Objects;

/** One model a user can pick for the council, with what it can do. */
public record ModelOption(ModelId id, String name, String providerName, List<String> variants, boolean canUseTools,
        boolean canReason, long contextWindow) {
    public ModelOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerName, "providerName");
        variants = List.copyOf(variants);
    }
}
