package dev.loopwright.domain.intake;

/** Who sent a feedback item through the widget; either part may be empty (anonymous feedback). */
public record Reporter(String name, String email) {
    public Reporter {
        name = Texts.limited("reporter_name", name == null ? "" : name, 200);
        email = Texts.limited("reporter_email", email == null ? "" : email, 320);
    }
}
