package dev.loopwright.domain.intake;

/** One line of a card's checklist. */
public record ChecklistItem(String id, String text, boolean checked) {
    public ChecklistItem {
        Texts.required("checklist", id, 64);
        text = Texts.limited("checklist", text == null ? "" : text, 1_000);
    }
}
