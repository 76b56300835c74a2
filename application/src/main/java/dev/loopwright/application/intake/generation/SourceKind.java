package dev.loopwright.application.intake.generation;

import java.util.Locale;
import java.util.Optional;

/** What a developer ticket is generated from; the wire names are the API's {@code source_type} values. */
public enum SourceKind {
    FEEDBACK("feedback"),
    BOARD_CARD("board_card");

    private final String wireName;

    SourceKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The kind with this wire name; empty for anything else (the caller answers 400). */
    public static Optional<SourceKind> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (SourceKind kind : values()) {
            if (kind.wireName.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
