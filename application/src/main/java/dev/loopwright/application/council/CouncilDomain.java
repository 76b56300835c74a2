package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a council deliberates on (interview questions, a PRD, a bead blueprint): its prompts, its context, how its
 * artifact is validated and written, and where its steps run. {@link CouncilService} does the rest the same way
 * for every domain.
 *
 * @param <T> the validated artifact
 */
public interface CouncilDomain<T> {

    /** The prefix of the council's artifact types, e.g. {@code interview}. */
    String name();

    CouncilPhases phases();

    Rubric rubric();

    /** The artifact type the refined result is stored under, e.g. {@code interview_compiled}. */
    String canonicalArtifactType();

    /** Top-level keys of a draft; a refinement has these plus {@code changes}. */
    Set<String> rootKeys();

    /** The ticket's context for this council's prompts; each step keeps the parts its prompt may see. */
    Map<ContextKey, String> context(Ticket ticket);

    PromptSpec draftPrompt(LockedSettings settings);

    PromptSpec votePrompt();

    PromptSpec refinePrompt(LockedSettings settings);

    /**
     * Validates a draft or a refined artifact read from a model's reply, or from our own canonical text. Untrusted
     * input: every problem is an {@link Validated.Invalid}, with a message a model can act on. A domain implements
     * this one or the overload with the ticket, whichever it needs; the default refuses, so forgetting both fails
     * loudly in the first test.
     */
    default Validated<T> read(JsonNode document, LockedSettings settings) {
        throw new UnsupportedOperationException(name() + " reads its artifacts with the ticket in view");
    }

    /**
     * {@link #read(JsonNode, LockedSettings)} for a domain whose artifact names its ticket (e.g. a PRD's
     * {@code ticket_id}); what {@link CouncilService} calls.
     */
    default Validated<T> read(JsonNode document, Ticket ticket, LockedSettings settings) {
        return read(document, settings);
    }

    /** Our canonical text of a valid artifact; {@link #read} accepts it back unchanged. */
    String write(T artifact);

    /** The artifact's items in order, by stable id, with the text a change is judged on: for change accounting. */
    Map<String, String> items(T artifact);

    /** Work each member does on its own before it drafts (see {@link DraftPreparation}); none by default. */
    default Optional<DraftPreparation> preparation() {
        return Optional.empty();
    }
}
