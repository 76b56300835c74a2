package dev.loopwright.application.council;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference the refiner made to the winning draft, naming items by their stable ids.
 *
 * @param before the winning draft's item it changes or removes
 * @param after the refined item it produces
 * @param inspiredBy the member whose alternative draft inspired it, when the refiner named one we could resolve
 */
public record Change(Type type, Optional<String> before, Optional<String> after, Optional<String> inspiredBy) {
    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(inspiredBy, "inspiredBy");
    }

    public enum Type {
        MODIFIED, REPLACED, ADDED, REMOVED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
