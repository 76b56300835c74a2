package dev.loopwright.domain.common;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the lowercase name a closed set uses in YAML and JSON back into its enum constant. */
public final class WireNames {
    private WireNames() {
    }

    /**
     * The constant whose wire name equals {@code value} exactly; anything else is a validation failure that
     * lists the accepted names, so a user can correct the input without reading code.
     */
    public static <E extends Enum<E>> E parse(E[] values, Function<E, String> wireName, String field, String value) {
        for (E constant : values) {
            if (wireName.apply(constant).equals(value)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(values).map(wireName).collect(Collectors.joining(", "));
        throw ValidationException.of(field, field + " must be one of " + accepted + "; got '" + value + "'");
    }
}
