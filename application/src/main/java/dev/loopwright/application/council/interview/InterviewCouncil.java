package dev.loopwright.application.council.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.loopwright.application.council.CouncilDomain;
import dev.loopwright.application.council.CouncilPhases;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The interview council: members draft the questions to ask before planning, from the ticket and its relevant
 * files; they vote with the interview rubric; the winner compiles the final question list.
 */
public final class InterviewCouncil implements CouncilDomain<InterviewQuestionList> {
    /** Where the relevant-file scan stores its result, the council's view of the repository. */
    public static final String RELEVANT_FILES_ARTIFACT = "relevant_files_scan";
    public static final String CANONICAL_ARTIFACT = "interview_compiled";

    private static final CouncilPhases PHASES = new CouncilPhases(
            TicketStatus.COUNCIL_DELIBERATING, TicketEventType.QUESTIONS_READY,
            TicketStatus.COUNCIL_VOTING_INTERVIEW, TicketEventType.WINNER_SELECTED,
            TicketStatus.COMPILING_INTERVIEW, TicketEventType.READY);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final PromptTemplate draft = PromptTemplate.load("interview-draft", PromptPhase.INTERVIEW_DRAFT);
    private final PromptTemplate vote = PromptTemplate.load("interview-vote", PromptPhase.INTERVIEW_VOTE);
    private final PromptTemplate refine = PromptTemplate.load("interview-refine", PromptPhase.INTERVIEW_REFINE);

    public InterviewCouncil(PhaseAttemptRepository attempts, ArtifactRepository artifacts) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    }

    @Override
    public String name() {
        return "interview";
    }

    @Override
    public CouncilPhases phases() {
        return PHASES;
    }

    @Override
    public Rubric rubric() {
        return Rubric.INTERVIEW;
    }

    @Override
    public String canonicalArtifactType() {
        return CANONICAL_ARTIFACT;
    }

    @Override
    public Set<String> rootKeys() {
        return Set.of(QuestionListReader.ROOT);
    }

    @Override
    public Map<ContextKey, String> context(Ticket ticket) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.TICKET_DETAILS, "# Ticket: " + ticket.details().title() + "\n\n"
                + ticket.details().description().orElse("(no description)"));
        attempts.findActive(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)
                .flatMap(scan -> artifacts.findLatest(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES,
                        scan.attemptNumber(), RELEVANT_FILES_ARTIFACT))
                .ifPresent(files -> context.put(ContextKey.RELEVANT_FILES, files.content()));
        return context;
    }

    @Override
    public PromptSpec draftPrompt(LockedSettings settings) {
        return draft.render(Map.of("question_limit", limitSentence(settings)));
    }

    @Override
    public PromptSpec votePrompt() {
        return vote.render(Map.of());
    }

    @Override
    public PromptSpec refinePrompt(LockedSettings settings) {
        return refine.render(Map.of("question_limit", limitSentence(settings)));
    }

    @Override
    public Validated<InterviewQuestionList> read(JsonNode document, LockedSettings settings) {
        return QuestionListReader.read(document, settings.interviewQuestions());
    }

    @Override
    public String write(InterviewQuestionList artifact) {
        ObjectNode root = YAML.createObjectNode();
        ArrayNode questions = root.putArray(QuestionListReader.ROOT);
        artifact.questions().forEach(question -> questions.addObject().put("id", question.id())
                .put("phase", question.phase().wireName()).put("question", question.prompt()));
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a YAML tree always serialises", impossible);
        }
    }

    @Override
    public Map<String, String> items(InterviewQuestionList artifact) {
        Map<String, String> items = new LinkedHashMap<>();
        for (InterviewQuestion question : artifact.questions()) {
            items.put(question.id(), question.phase().wireName() + ": " + question.prompt());
        }
        return items;
    }

    /** 0 questions is the profile's "no fixed limit". */
    private static String limitSentence(LockedSettings settings) {
        int limit = settings.interviewQuestions();
        return limit == 0 ? "Ask as many questions as the ticket truly needs, and no more."
                : "Ask at most " + limit + " questions; fewer is better when fewer suffice.";
    }
}
