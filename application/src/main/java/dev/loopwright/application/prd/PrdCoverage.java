package dev.loopwright.application.prd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.council.CouncilArtifacts;
import dev.loopwright.application.council.CouncilError;
import dev.loopwright.application.council.CouncilMember;
import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.council.SoloCall;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * VERIFYING_PRD_COVERAGE: the PRD council's winner audits the latest PRD candidate against its own full answers; gaps
 * lead to a revision by the winner, stored as the next candidate version ({@code prd_candidate_v2}, …), and the audit
 * runs again. Bounded by the locked {@code maxPrdCoveragePasses}: at most that many audits and one revision fewer;
 * gaps on the last audit end the loop with COVERAGE_LIMIT_REACHED and stay on record. Clean ends it with
 * COVERAGE_CLEAN. Either way the last candidate becomes the document the gate reviews.
 * <p>
 * Every audit is recorded ({@code prd_coverage}, naming the version it audited) and every revision stored as a new
 * version before the loop goes on, so a restart picks up from the newest stored version: a version already audited is
 * not audited again, and a version whose gaps are on record is revised without a second audit.
 */
public final class PrdCoverage {
    public static final String FAILED = "PRD_COVERAGE_FAILED";
    static final String CLEAN = "clean";
    static final String GAPS = "gaps";
    static final String LIMIT_REACHED = "limit_reached";
    static final String LOOP = "coverage";
    static final String FIX = "ai_fix_button";

    private final TicketRepository tickets;
    private final ProjectRepository projects;
    private final PrdSources sources;
    private final SoloCall calls;
    private final CouncilSettingsSource settings;
    private final PromptBuilder prompts;
    private final PromptTemplate audit = PromptTemplate.load("prd-coverage", PromptPhase.PRD_COVERAGE);
    private final PromptTemplate revise = PromptTemplate.load("prd-revise", PromptPhase.PRD_COVERAGE);

    public PrdCoverage(TicketRepository tickets, ProjectRepository projects, PrdSources sources, SoloCall calls,
            CouncilSettingsSource settings, PromptBuilder prompts) {
        this.tickets = tickets;
        this.projects = projects;
        this.sources = sources;
        this.calls = calls;
        this.settings = settings;
        this.prompts = prompts;
    }

    /** A stored candidate version and its canonical text. */
    record Candidate(int version, String text) {
    }

    public TicketEvent run(TicketId ticketId, Cancellation cancellation) {
        Inputs in = inputs(ticketId);
        int max = in.locked().maxPrdCoveragePasses();
        while (true) {
            cancellation.throwIfCancelled();
            Candidate current = latestCandidate(ticketId);
            Optional<JsonNode> last = lastRecord(ticketId);
            if (last.isPresent() && last.get().path("candidateVersion").asInt(-1) == current.version()) {
                String outcome = last.get().path("outcome").asText("");
                if (CLEAN.equals(outcome) || LIMIT_REACHED.equals(outcome)) {
                    return finish(ticketId, current, CLEAN.equals(outcome));
                }
                if (!GAPS.equals(outcome)) {
                    throw lost("the stored coverage record has the unknown outcome '" + outcome + "'");
                }
                reviseOnce(in, current, gaps(last.get()), in.winner(), LOOP, cancellation);
                continue;
            }
            int done = sources.count(ticketId, PrdArtifacts.HOME, PrdArtifacts.COVERAGE);
            ObjectNode record = record(in, current.version(), done + 1, max, LOOP);
            if (done >= max) {
                sources.append(ticketId, PrdArtifacts.HOME, PrdArtifacts.COVERAGE,
                        record.put("askedModel", false).put("outcome", LIMIT_REACHED).toString());
                return finish(ticketId, current, false);
            }
            Audit verdict = auditOnce(in, current, record, done + 1, max, cancellation);
            String outcome = verdict.clean() ? CLEAN : done + 1 >= max ? LIMIT_REACHED : GAPS;
            sources.append(ticketId, PrdArtifacts.HOME, PrdArtifacts.COVERAGE, record.put("outcome", outcome)
                    .put("hasRemainingGaps", !verdict.clean()).toString());
        }
    }

    /**
     * The fix at the gate: the main implementer revises the PRD under review for the gaps still on record, the winner
     * audits the result, and it becomes the document under review (in draft). Empty when no gaps remain.
     */
    Optional<FixResult> fixGaps(TicketId ticketId, Cancellation cancellation) {
        Inputs in = inputs(ticketId);
        Optional<JsonNode> last = lastRecord(ticketId);
        if (last.isEmpty() || !last.get().path("hasRemainingGaps").asBoolean(false)) {
            return Optional.empty();
        }
        String document = sources.find(ticketId, PrdArtifacts.HOME, PrdArtifacts.DOCUMENT)
                .orElseThrow(() -> lost("the PRD under review is missing"));
        Candidate latest = latestCandidate(ticketId);
        Candidate base = new Candidate(latest.version(), document);
        CouncilMember reviser = CouncilMember.roster(in.locked()).get(0);
        Candidate revised = reviseOnce(in, base, gaps(last.get()), reviser, FIX, cancellation);
        int fixes = (int) records(ticketId).stream().filter(node -> FIX.equals(node.path("source").asText())).count();
        ObjectNode record = record(in, revised.version(), fixes + 1, in.locked().maxPrdCoveragePasses(), FIX)
                .put("extraFix", fixes + 1).put("noChange", revised.text().equals(base.text()));
        Audit verdict = auditOnce(in, revised, record, fixes + 1, in.locked().maxPrdCoveragePasses(),
                cancellation);
        sources.append(ticketId, PrdArtifacts.HOME, PrdArtifacts.COVERAGE, record
                .put("outcome", verdict.clean() ? CLEAN : GAPS).put("hasRemainingGaps", !verdict.clean()).toString());
        sources.put(ticketId, PrdArtifacts.HOME, PrdArtifacts.DOCUMENT, revised.text());
        return Optional.of(new FixResult(revised.version(), verdict.clean(), verdict.gaps(),
                revised.text().equals(base.text())));
    }

    /** What a fix at the gate did. */
    record FixResult(int version, boolean clean, List<String> remainingGaps, boolean noChange) {
        FixResult {
            remainingGaps = List.copyOf(remainingGaps);
        }
    }

    /** The latest gate record, for showing the coverage state at approval. */
    Optional<JsonNode> lastRecord(TicketId ticketId) {
        return sources.find(ticketId, PrdArtifacts.HOME, PrdArtifacts.COVERAGE)
                .map(content -> PrdSources.json(content, "a stored PRD coverage record"));
    }

    private List<JsonNode> records(TicketId ticketId) {
        int attempt = sources.activeAttempt(ticketId, PrdArtifacts.HOME);
        return sources.all(ticketId, PrdArtifacts.HOME, attempt, PrdArtifacts.COVERAGE).stream()
                .map(content -> PrdSources.json(content, "a stored PRD coverage record")).toList();
    }

    private Audit auditOnce(Inputs in, Candidate candidate, ObjectNode record, int pass, int max,
            Cancellation cancellation) {
        PromptSpec spec = audit.render(Map.of("version", String.valueOf(candidate.version()),
                "pass", String.valueOf(pass), "max_passes", String.valueOf(max)));
        String prompt = prompts.build(spec, Map.of(ContextKey.FULL_ANSWERS, in.fullAnswers(),
                ContextKey.PRD, candidate.text())).text();
        SoloCall.Outcome<Audit> outcome = calls.ask(in.winner(), prompt, spec.outputFormat(),
                Set.of(Audit.ROOT, "gaps"), Audit::read, setup(in, "prd coverage audit"), cancellation,
                "audit", raw(in.ticket().id()));
        if (outcome.value().isEmpty()) {
            throw new PhaseFailure("The PRD coverage audit by " + in.winner().id() + " gave no usable answer: "
                    + outcome.report().error().orElse(outcome.report().outcome().name()), List.of(FAILED),
                    Optional.of(SoloCall.diagnostics(outcome.report())));
        }
        Audit verdict = outcome.value().get();
        record.put("askedModel", true).put("auditor", in.winner().id()).put("attempts", outcome.report().attempts());
        ArrayNode gaps = record.putArray("gaps");
        verdict.gaps().forEach(gaps::add);
        ArrayNode warnings = record.putArray("warnings");
        outcome.report().warnings().forEach(warnings::add);
        return verdict;
    }

    private Candidate reviseOnce(Inputs in, Candidate current, List<String> gaps, CouncilMember reviser,
            String source, Cancellation cancellation) {
        PrdDocument before = readCandidate(in.ticket(), current);
        PromptSpec spec = revise.render(Map.of("version", String.valueOf(current.version()),
                "gaps", gapList(gaps)));
        String prompt = prompts.build(spec, Map.of(ContextKey.FULL_ANSWERS, in.fullAnswers(),
                ContextKey.PRD, current.text())).text();
        SoloCall.Outcome<Revision> outcome = calls.ask(reviser, prompt, spec.outputFormat(),
                Set.of("epics", "gap_resolutions"), document -> Revision.read(document, before, gaps,
                        in.ticket().externalId(), in.sourceHash()), setup(in, "prd coverage revision"),
                cancellation, "revise", raw(in.ticket().id()));
        if (outcome.value().isEmpty()) {
            throw new PhaseFailure("The PRD revision by " + reviser.id() + " for " + gaps.size()
                    + " coverage gap(s) gave no usable answer: "
                    + outcome.report().error().orElse(outcome.report().outcome().name()), List.of(FAILED),
                    Optional.of(SoloCall.diagnostics(outcome.report())));
        }
        Revision revision = outcome.value().get();
        int next = current.version() + 1;
        String text = PrdYaml.write(revision.prd());
        ObjectNode record = PrdSources.mapper().createObjectNode().put("fromVersion", current.version())
                .put("toVersion", next).put("reviser", reviser.id()).put("source", source)
                .put("summary", "Coverage found " + gaps.size() + " gap(s) in PRD candidate v" + current.version()
                        + " and created v" + next);
        ArrayNode gapNodes = record.putArray("gaps");
        gaps.forEach(gapNodes::add);
        ArrayNode resolutions = record.putArray("gapResolutions");
        revision.resolutions().forEach(resolution -> {
            ObjectNode node = resolutions.addObject().put("gap", resolution.gap()).put("action", resolution.action())
                    .put("rationale", resolution.rationale());
            resolution.affectedItems().forEach(node.putArray("affectedItems")::add);
        });
        ArrayNode changes = record.putArray("changes");
        revision.changes().forEach(change -> {
            ObjectNode node = changes.addObject().put("type", change.type().wireName());
            change.before().ifPresent(id -> node.put("before", id));
            change.after().ifPresent(id -> node.put("after", id));
        });
        ArrayNode warnings = record.putArray("warnings");
        outcome.report().warnings().forEach(warnings::add);
        // The version first: it is what a restart resumes from; the record only explains it.
        sources.put(in.ticket().id(), PrdArtifacts.HOME, PrdArtifacts.candidate(next), text);
        sources.append(in.ticket().id(), PrdArtifacts.HOME, PrdArtifacts.REVISION, record.toString());
        return new Candidate(next, text);
    }

    private TicketEvent finish(TicketId ticketId, Candidate candidate, boolean clean) {
        sources.put(ticketId, PrdArtifacts.HOME, PrdArtifacts.DOCUMENT, candidate.text());
        return TicketEvent.of(clean ? TicketEventType.COVERAGE_CLEAN : TicketEventType.COVERAGE_LIMIT_REACHED);
    }

    /** The newest stored version: v2 onwards in this status's attempt, else v1 from refinement. */
    Candidate latestCandidate(TicketId ticketId) {
        Candidate latest = new Candidate(1, sources.find(ticketId, TicketStatus.REFINING_PRD,
                PrdArtifacts.candidate(1)).orElseThrow(() -> lost("PRD candidate v1 is missing")));
        for (int version = 2; ; version++) {
            Optional<String> stored = sources.find(ticketId, PrdArtifacts.HOME, PrdArtifacts.candidate(version));
            if (stored.isEmpty()) {
                return latest;
            }
            latest = new Candidate(version, stored.get());
        }
    }

    private PrdDocument readCandidate(Ticket ticket, Candidate candidate) {
        try {
            return PrdYaml.read(candidate.text(), ticket.externalId(), sources.sourceHash(ticket));
        } catch (RuntimeException unreadable) {
            throw lost("PRD candidate v" + candidate.version() + " cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    private ObjectNode record(Inputs in, int version, int pass, int max, String source) {
        return PrdSources.mapper().createObjectNode().put("pass", pass).put("maxPasses", max)
                .put("candidateVersion", version).put("source", source).put("winner", in.winner().id())
                .put("at", sources.clock().instant().toString());
    }

    private static List<String> gaps(JsonNode record) {
        return StreamSupport.stream(record.path("gaps").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    private static String gapList(List<String> gaps) {
        StringBuilder text = new StringBuilder();
        gaps.forEach(gap -> text.append("- \"").append(gap.replace("\"", "'")).append("\"\n"));
        return text.toString().strip();
    }

    private Consumer<String> raw(TicketId ticketId) {
        return record -> {
            try {
                sources.append(ticketId, PrdArtifacts.HOME, CouncilArtifacts.rawAttempts("prd", "coverage"), record);
            } catch (RuntimeException ignored) {
                // Diagnostics only: never allowed to fail the audit.
            }
        };
    }

    private SoloCall.Setup setup(Inputs in, String step) {
        return new SoloCall.Setup(in.directory(), in.ticket().externalId() + " " + step,
                in.locked().structuredRetryCount(), settings.settingsFor(in.ticket()).responseTimeout());
    }

    private record Inputs(Ticket ticket, LockedSettings locked, CouncilMember winner, String fullAnswers,
            String sourceHash, Path directory) {
    }

    private Inputs inputs(TicketId ticketId) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> lost("the ticket's locked settings are missing"));
        String winnerId = sources.find(ticketId, TicketStatus.REFINING_PRD, CouncilArtifacts.refinement("prd"))
                .map(record -> {
                    try {
                        return SoloCall.refinementWinner(record);
                    } catch (RuntimeException unreadable) {
                        throw lost("the stored PRD refinement cannot be read");
                    }
                }).orElseThrow(() -> lost("the PRD refinement (and so its winner) is missing"));
        CouncilMember winner = CouncilMember.roster(locked).stream().filter(member -> member.id().equals(winnerId))
                .findFirst().orElseThrow(() -> lost("the PRD winner " + winnerId + " is not on the council"));
        String fullAnswers = Optional.ofNullable(sources.fullAnswers(ticketId).get(winnerId))
                .orElseThrow(() -> lost("the full answers of the PRD winner " + winnerId + " are missing"));
        Project project = projects.findById(ticket.projectId())
                .orElseThrow(() -> NotFoundException.project(ticket.projectId()));
        return new Inputs(ticket, locked, winner, fullAnswers, sources.sourceHash(ticket), project.folderPath());
    }

    private static PhaseFailure lost(String what) {
        return new PhaseFailure("PRD data lost: " + what, List.of(CouncilError.COUNCIL_DATA_LOST.name()),
                Optional.empty());
    }
}
