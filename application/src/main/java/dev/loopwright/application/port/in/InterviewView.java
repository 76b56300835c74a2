package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.interview.InterviewSession;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's interview as the author sees it: the live session (also as its stored JSON) and, once the interview is
 * complete, the canonical document's exact text, its SHA-256 (what an approval must name) and the document as JSON.
 *
 * @param lastError why the interviewer's last turn failed; the answers were put back so they can be sent again
 */
public record InterviewView(InterviewSession session, String sessionJson, Optional<String> raw,
        Optional<ContentHash> contentSha256, Optional<String> documentJson, Optional<String> lastError) {
    public InterviewView {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sessionJson, "sessionJson");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(documentJson, "documentJson");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** True while the interviewer is preparing the next batch: nothing to answer, not finished. */
    public boolean awaitingInterviewer() {
        return session.currentBatch().isEmpty() && !session.isComplete();
    }
}
