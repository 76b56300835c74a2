package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Optional;
import java.util.Set;

/**
 * A first step each member takes before it drafts, whose result becomes part of that member's own draft prompt:
 * e.g. the PRD council's "full answers" (the interview with the skipped questions answered by the member). It runs in
 * the draft round, under the round's deadline; a member whose first step fails does not draft. Its result is stored
 * per member as soon as it is valid, so a draft step run again after a crash asks only for what is missing.
 */
public interface DraftPreparation {

    /** The step's name in artifact types and session titles, e.g. {@code full_answers}. */
    String step();

    /** Where the result goes in the member's draft prompt. */
    ContextKey contextKey();

    /** Top-level keys of the step's output. */
    Set<String> rootKeys();

    /** The member's result when no model needs asking: stored by an earlier run, or needing no model at all. */
    Optional<String> ready(Ticket ticket, String member);

    PromptSpec prompt(Ticket ticket);

    /** Validates the output into our canonical text; untrusted input, every problem an {@link Validated.Invalid}. */
    Validated<String> read(JsonNode document, Ticket ticket);

    /** Keeps a member's valid result; called from the member's own thread. */
    void store(Ticket ticket, String member, String canonical);
}
