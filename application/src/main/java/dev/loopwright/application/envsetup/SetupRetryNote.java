package dev.loopwright.application.envsetup;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.workflow.RetryNoteTaker;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;

/**
 * Retry with a note from a failed workspace preparation: the note becomes the next prompt of the newest setup
 * session, which must still exist in the runtime (else 409: a plain retry starts over). The phase attempt is kept,
 * not archived, and the note stored in it; the phase sends it when RETRY re-enters the status.
 */
final class SetupRetryNote implements RetryNoteTaker {
    /** A note is a correction for the agent, not a document. */
    static final int MAX_NOTE = 10_000;

    private final EnvSetupPorts ports;
    private final EnvSetupStore store;

    SetupRetryNote(EnvSetupPorts ports, EnvSetupStore store) {
        this.ports = ports;
        this.store = store;
    }

    @Override
    public void take(Ticket blocked, String note) {
        if (note == null || note.isBlank()) {
            throw ValidationException.of("note", "note must say what the setup agent should do differently");
        }
        if (note.length() > MAX_NOTE) {
            throw ValidationException.of("note", "note is longer than " + MAX_NOTE + " characters");
        }
        PhaseAttempt attempt = ports.attempts().findActive(blocked.id(), EnvSetupStore.PHASE)
                .orElseThrow(() -> new ConflictException("Workspace preparation has no attempt to continue; retry"
                        + " without a note"));
        // Only a session of the failed attempt: an older one worked in a working copy that has been reset since.
        List<OwnedSession> setupSessions = ports.sessions().findAll(blocked.id()).stream()
                .filter(session -> session.owner().phase() == EnvSetupStore.PHASE
                        && session.owner().attemptNumber() == attempt.attemptNumber()
                        && session.owner().step().filter(SetupAgent.STEP::equals).isPresent())
                .toList();
        if (setupSessions.isEmpty()) {
            throw new ConflictException("No setup session to continue for " + blocked.externalId()
                    + "; retry without a note to prepare the workspace from the start");
        }
        OwnedSession newest = setupSessions.get(setupSessions.size() - 1);
        if (ports.runtime().findSession(newest.sessionId()).isEmpty()) {
            throw new ConflictException("The setup session " + newest.sessionId() + " no longer exists in the model"
                    + " runtime; retry without a note to prepare the workspace from the start");
        }
        store.saveNote(blocked.id(), attempt.attemptNumber(), new EnvSetupStore.RetryNote(note.strip(),
                newest.sessionId()), false);
    }
}
