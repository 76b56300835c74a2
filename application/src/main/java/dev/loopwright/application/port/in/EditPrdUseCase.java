package dev.loopwright.application.port.in;

/**
 * Replaces the PRD at its approval gate with a person's edit (YAML, or the same document as JSON). It is validated
 * strictly, rewritten canonically and back in draft, so any earlier review no longer matches its hash.
 */
public interface EditPrdUseCase {

    PrdView savePrd(TicketReference reference, String content);
}
