package dev.loopwright.domain.intake;

import java.util.regex.Pattern;

/** A coloured label on a card; the colour is a {@code #RRGGBB} hex code. */
public record CardLabel(String color, String text) {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public CardLabel {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw dev.loopwright.domain.common.ValidationException.of("labels", "a label color is #RRGGBB");
        }
        text = Texts.limited("labels", text == null ? "" : text, 100);
    }
}
