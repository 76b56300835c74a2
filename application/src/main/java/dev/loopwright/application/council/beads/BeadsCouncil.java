package dev.loopwright.application.council.beads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.CouncilDomain;
import dev.loopwright.application.council.CouncilException;
import dev.loopwright.application.council.CouncilPhases;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.domain.bead.BeadBlueprint;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The beads council: members cut the approved PRD into a blueprint of small beads, vote with the beads rubric, and
 * the winner refines its blueprint with the others' ideas. The refined blueprint ({@value #CANONICAL_ARTIFACT})
 * is what the coverage check audits and the expansion turns into the final plan.
 */
public final class BeadsCouncil implements CouncilDomain<BeadBlueprintPlan> {
    public static final String CANONICAL_ARTIFACT = "beads_refined";
    /** Where the relevant-file scan stores its result, the council's view of the repository. */
    static final String RELEVANT_FILES_ARTIFACT = "relevant_files_scan";
    private static final CouncilPhases PHASES = new CouncilPhases(
            TicketStatus.DRAFTING_BEADS, TicketEventType.DRAFTS_READY,
            TicketStatus.COUNCIL_VOTING_BEADS, TicketEventType.WINNER_SELECTED,
            TicketStatus.REFINING_BEADS, TicketEventType.REFINED);

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final PrdSource prd;
    private final PromptTemplate draft = PromptTemplate.load("beads-draft", PromptPhase.BEADS_BLUEPRINT);
    private final PromptTemplate vote = PromptTemplate.load("beads-vote", PromptPhase.BEADS_VOTE);
    private final PromptTemplate refine = PromptTemplate.load("beads-refine", PromptPhase.BEADS_REFINE);

    public BeadsCouncil(PhaseAttemptRepository attempts, ArtifactRepository artifacts) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.prd = new PrdSource(attempts, artifacts);
    }

    @Override
    public String name() {
        return "beads";
    }

    @Override
    public CouncilPhases phases() {
        return PHASES;
    }

    @Override
    public Rubric rubric() {
        return Rubric.BEADS;
    }

    @Override
    public String canonicalArtifactType() {
        return CANONICAL_ARTIFACT;
    }

    @Override
    public Set<String> rootKeys() {
        return Set.of(BlueprintReader.ROOT);
    }

    /** Ticket, relevant files and the approved PRD; without a PRD there is nothing to cut into beads. */
    @Override
    public Map<ContextKey, String> context(Ticket ticket) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.TICKET_DETAILS, ticketDetails(ticket));
        relevantFiles(ticket).ifPresent(files -> context.put(ContextKey.RELEVANT_FILES, files));
        context.put(ContextKey.PRD, prd.find(ticket.id()).orElseThrow(() ->
                CouncilException.dataLost("the approved PRD (artifact '" + PrdSource.ARTIFACT + "') is missing")));
        return context;
    }

    /** The ticket as every planning prompt shows it. */
    public static String ticketDetails(Ticket ticket) {
        return "# Ticket: " + ticket.details().title() + "\n\n" + ticket.details().description().orElse("(no description)");
    }

    /** The scan's relevant files, when the scan stored them. */
    public Optional<String> relevantFiles(Ticket ticket) {
        return attempts.findActive(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)
                .flatMap(scan -> artifacts.findLatest(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES,
                        scan.attemptNumber(), RELEVANT_FILES_ARTIFACT))
                .map(files -> files.content());
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
    public Validated<BeadBlueprintPlan> read(JsonNode document, LockedSettings settings) {
        return BlueprintReader.read(document);
    }

    @Override
    public String write(BeadBlueprintPlan artifact) {
        return BlueprintYaml.write(artifact);
    }

    /** Each bead by id, judged on everything the council wrote about it. */
    @Override
    public Map<String, String> items(BeadBlueprintPlan artifact) {
        Map<String, String> items = new LinkedHashMap<>();
        for (BeadBlueprint bead : artifact.beads()) {
            items.put(bead.id(), BlueprintYaml.node(bead).toString());
        }
        return items;
    }
}
