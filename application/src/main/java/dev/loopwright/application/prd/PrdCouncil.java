package dev.loopwright.application.prd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.CouncilDomain;
import dev.loopwright.application.council.CouncilPhases;
import dev.loopwright.application.council.DraftPreparation;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.interview.InterviewYaml;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.prd.Epic;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.prd.UserStory;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The PRD council. In DRAFTING_PRD each member first answers the interview's skipped questions for itself (its "full
 * answers", see {@link FullAnswers}), then drafts a PRD from them, the ticket and the relevant files; members vote
 * with the PRD rubric, seeing the approved interview; the winner refines its draft into PRD candidate v1, seeing every
 * member's full answers.
 * <p>
 * A PRD names the interview it was written from by SHA-256. We use the approved interview's text for every
 * candidate, not each member's full answers as the reference does, so the hash says which approval the PRD rests on
 * and does not drift between versions.
 */
public final class PrdCouncil implements CouncilDomain<PrdDocument> {
    private static final CouncilPhases PHASES = new CouncilPhases(
            TicketStatus.DRAFTING_PRD, TicketEventType.DRAFTS_READY,
            TicketStatus.COUNCIL_VOTING_PRD, TicketEventType.WINNER_SELECTED,
            TicketStatus.REFINING_PRD, TicketEventType.REFINED);

    private final PrdSources sources;
    private final PromptTemplate fullAnswers = PromptTemplate.load("prd-full-answers", PromptPhase.PRD_FULL_ANSWERS);
    private final PromptTemplate draft = PromptTemplate.load("prd-draft", PromptPhase.PRD_DRAFT);
    private final PromptTemplate vote = PromptTemplate.load("prd-vote", PromptPhase.PRD_VOTE);
    private final PromptTemplate refine = PromptTemplate.load("prd-refine", PromptPhase.PRD_REFINE);

    public PrdCouncil(PrdSources sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    @Override
    public String name() {
        return "prd";
    }

    @Override
    public CouncilPhases phases() {
        return PHASES;
    }

    @Override
    public Rubric rubric() {
        return Rubric.PRD;
    }

    @Override
    public String canonicalArtifactType() {
        return PrdArtifacts.candidate(1);
    }

    @Override
    public Set<String> rootKeys() {
        // "prd" finds a wrapped document, which the reader unwraps.
        return Set.of("epics", "product", "prd");
    }

    @Override
    public Map<ContextKey, String> context(Ticket ticket) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.TICKET_DETAILS, "# Ticket: " + ticket.details().title() + "\n\n"
                + ticket.details().description().orElse("(no description)"));
        sources.find(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, InterviewCouncil.RELEVANT_FILES_ARTIFACT)
                .ifPresent(files -> context.put(ContextKey.RELEVANT_FILES, files));
        context.put(ContextKey.INTERVIEW, sources.approvedInterviewText(ticket));
        Map<String, String> all = sources.fullAnswers(ticket.id());
        if (!all.isEmpty()) {
            context.put(ContextKey.FULL_ANSWERS, labelled(all));
        }
        return context;
    }

    @Override
    public PromptSpec draftPrompt(LockedSettings settings) {
        return draft.render(Map.of());
    }

    @Override
    public PromptSpec votePrompt() {
        return vote.render(Map.of());
    }

    @Override
    public PromptSpec refinePrompt(LockedSettings settings) {
        return refine.render(Map.of());
    }

    @Override
    public Validated<PrdDocument> read(JsonNode document, Ticket ticket, LockedSettings settings) {
        return PrdReader.fromModel(document, ticket.externalId(), sources.sourceHash(ticket));
    }

    @Override
    public String write(PrdDocument artifact) {
        return PrdYaml.write(artifact);
    }

    @Override
    public Map<String, String> items(PrdDocument artifact) {
        return items(artifact.epics());
    }

    static Map<String, String> items(List<Epic> epics) {
        Map<String, String> items = new LinkedHashMap<>();
        for (Epic epic : epics) {
            items.put(epic.id(), "epic: " + epic.title() + " | " + epic.objective() + " | "
                    + String.join(" / ", epic.implementationSteps()));
            for (UserStory story : epic.userStories()) {
                items.put(story.id(), "user_story: " + story.title() + " | "
                        + String.join(" / ", story.acceptanceCriteria()) + " | "
                        + String.join(" / ", story.implementationSteps()) + " | "
                        + String.join(" / ", story.verification().requiredCommands()));
            }
        }
        return items;
    }

    @Override
    public Optional<DraftPreparation> preparation() {
        return Optional.of(new FullAnswersStep());
    }

    /** Every member's full answers, one block each, for the refiner. */
    static String labelled(Map<String, String> all) {
        StringBuilder text = new StringBuilder();
        all.forEach((member, yaml) -> text.append("#### Full answers of ").append(member).append("\n```yaml\n")
                .append(yaml.strip()).append("\n```\n\n"));
        return text.toString();
    }

    /** Step 1 of each member's draft: its full answers. */
    private final class FullAnswersStep implements DraftPreparation {
        @Override
        public String step() {
            return "full_answers";
        }

        @Override
        public ContextKey contextKey() {
            return ContextKey.FULL_ANSWERS;
        }

        @Override
        public Set<String> rootKeys() {
            return Set.of(FullAnswers.ROOT);
        }

        /** Stored by an earlier run, or the approved interview itself when nothing was skipped. */
        @Override
        public Optional<String> ready(Ticket ticket, String member) {
            Optional<String> stored = Optional.ofNullable(sources.fullAnswers(ticket.id()).get(member));
            if (stored.isPresent()) {
                return stored;
            }
            InterviewDocument approved = sources.approvedInterview(ticket);
            if (!approved.skippedQuestionIds().isEmpty()) {
                return Optional.empty();
            }
            String synthetic = InterviewYaml.write(FullAnswers.synthetic(approved));
            sources.storeFullAnswers(ticket.id(), member, synthetic);
            return Optional.of(synthetic);
        }

        @Override
        public PromptSpec prompt(Ticket ticket) {
            InterviewDocument approved = sources.approvedInterview(ticket);
            List<String> skipped = approved.skippedQuestionIds();
            return fullAnswers.render(Map.of("skipped_ids", String.join(", ", skipped),
                    "skipped_count", String.valueOf(skipped.size()),
                    "question_count", String.valueOf(approved.questions().size())));
        }

        @Override
        public Validated<String> read(JsonNode document, Ticket ticket) {
            Validated<InterviewDocument> read = FullAnswers.read(document, sources.approvedInterview(ticket),
                    sources.clock().instant());
            if (read instanceof Validated.Invalid) {
                return Validated.invalid(((Validated.Invalid<InterviewDocument>) read).error());
            }
            Validated.Valid<InterviewDocument> valid = (Validated.Valid<InterviewDocument>) read;
            return Validated.valid(InterviewYaml.write(valid.value()), valid.warnings());
        }

        @Override
        public void store(Ticket ticket, String member, String canonical) {
            sources.storeFullAnswers(ticket.id(), member, canonical);
        }
    }
}
