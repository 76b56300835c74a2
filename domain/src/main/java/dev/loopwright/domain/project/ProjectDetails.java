package dev.loopwright.domain.project;

import dev.loopwright.domain.common.Violations;
import java.util.Objects;
import java.util.regex.Pattern;

/** The editable presentation of a project. */
public record ProjectDetails(String name, String icon, String color) {
    public static final int MAX_NAME = 100;
    public static final int MAX_ICON = 16;
    public static final String DEFAULT_ICON = "📁";
    public static final String DEFAULT_COLOR = "#3b82f6";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public ProjectDetails {
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(color, "color");
        Violations violations = new Violations();
        if (violations.required("name", name)) {
            violations.length("name", name, 1, MAX_NAME).notBlank("name", name);
        }
        // Icons are short glyphs; the bound keeps arbitrary text out of a field shown on every card.
        violations.length("icon", icon, 1, MAX_ICON);
        violations.matches("color", color, COLOR, "a colour of the form #RRGGBB");
        violations.throwIfAny();
    }

    public static ProjectDetails of(String name, String icon, String color) {
        return new ProjectDetails(name, icon == null ? DEFAULT_ICON : icon, color == null ? DEFAULT_COLOR : color);
    }
}
