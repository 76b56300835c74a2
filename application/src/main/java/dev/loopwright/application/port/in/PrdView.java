package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's PRD as the author reviews it: the canonical {@code prd.yaml} text once coverage has produced it, its
 * SHA-256 (what an approval must name), the document as JSON, and the latest coverage record as JSON (whether gaps
 * remain, and which).
 */
public record PrdView(Optional<String> raw, Optional<ContentHash> contentSha256, Optional<String> documentJson,
        Optional<String> coverageJson) {
    public PrdView {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(documentJson, "documentJson");
        Objects.requireNonNull(coverageJson, "coverageJson");
    }
}
