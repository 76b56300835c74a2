package dev.loopwright.domain.intake;

/** A file attached to a card, stored elsewhere and referenced by URL. */
public record Attachment(String name, String url, String mimeType, long bytes) {
    public Attachment {
        name = Texts.required("attachments", name, 500);
        url = Texts.required("attachments", url, 2_000);
        mimeType = Texts.limited("attachments", mimeType == null ? "" : mimeType, 200);
        if (bytes < 0) {
            throw dev.loopwright.domain.common.ValidationException.of("attachments", "attachment bytes are not negative");
        }
    }
}
