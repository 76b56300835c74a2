package dev.loopwright.domain.intake;

import java.util.regex.Pattern;

/** A project's public key ({@code pk_} + 32 hex), which the feedback widget embeds; public, so stored as is. */
public record WidgetKey(String value) {
    private static final Pattern SHAPE = Pattern.compile("pk_[0-9a-f]{32}");

    public WidgetKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a widget key is pk_ and 32 lowercase hex digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
