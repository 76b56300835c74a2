package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.council.Presentation;
import dev.loopwright.domain.council.Quorum;
import dev.loopwright.domain.council.Scorecard;
import dev.loopwright.domain.council.Tally;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The LLM council for one domain, in three steps that each run on their own from what the previous step stored:
 * {@link #draft} (every member drafts in parallel under one deadline), {@link #vote} (every member scores the
 * anonymised drafts; the tally names the winner) and {@link #refine} (the winner improves its draft with the
 * others' ideas and accounts for each change). A step whose result is already stored in its attempt returns it
 * without asking any model again, so re-running a step after a crash is cheap and safe. A domain may give each
 * member a first step before it drafts ({@link CouncilDomain#preparation()}), whose result goes into that member's
 * own draft prompt and is stored per member as soon as it is valid.
 */
public final class CouncilService<T> {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final CouncilDomain<T> domain;
    private final CouncilPorts ports;
    private final CouncilSettingsSource settings;
    private final PromptBuilder prompts;
    private final LongSupplier seeds;
    private final CouncilStore store;
    private final CouncilRound rounds;

    /**
     * @param seeds where each voter's shuffle seed comes from
     */
    public CouncilService(CouncilDomain<T> domain, CouncilPorts ports, CouncilSettingsSource settings,
            PromptBuilder prompts, Clock clock, LongSupplier seeds) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.store = new CouncilStore(ports.attempts(), ports.artifacts(), Objects.requireNonNull(clock, "clock"));
        this.rounds = new CouncilRound(ports.runtime());
    }

    /** A council whose voters get random shuffle seeds: the production choice. */
    public static <T> CouncilService<T> create(CouncilDomain<T> domain, CouncilPorts ports,
            CouncilSettingsSource settings, PromptBuilder prompts, Clock clock) {
        return new CouncilService<>(domain, ports, settings, prompts, clock, () -> ThreadLocalRandom.current().nextLong());
    }

    public CouncilDomain<T> domain() {
        return domain;
    }

    /** Every member drafts; the valid drafts are stored canonically. Throws QUORUM_NOT_MET when too few are valid. */
    public DraftRound draft(TicketId ticketId, Cancellation cancellation) {
        Inputs in = inputs(ticketId);
        TicketStatus phase = domain.phases().draft();
        int attempt = store.activeAttempt(ticketId, phase);
        Optional<DraftRound> stored = reusable(() -> store.find(ticketId, phase, CouncilArtifacts.drafts(domain.name()))
                .map(this::readDrafts).filter(round -> meetsQuorum(round.outcomes(), in)));
        if (stored.isPresent()) {
            return stored.get();
        }
        PromptSpec spec = domain.draftPrompt(in.locked());
        OutputReader<T> reader = OutputReader.of(domain.rootKeys(),
                document -> domain.read(document, in.ticket(), in.locked()));
        List<MemberResult<T>> results;
        if (domain.preparation().isPresent()) {
            results = preparedDrafts(in, domain.preparation().get(), spec, reader, cancellation,
                    raw(ticketId, phase, attempt, "draft"), raw(ticketId, phase, attempt,
                            domain.preparation().get().step()));
        } else {
            String prompt = prompts.build(spec, context(spec, in.ticket(), Map.of())).text();
            List<MemberTask<T>> tasks = CouncilMember.roster(in.locked()).stream()
                    .map(member -> new MemberTask<>(member, prompt, reader)).toList();
            results = rounds.run(tasks, sharedRound(in, "draft", spec), cancellation,
                    raw(ticketId, phase, attempt, "draft"));
        }
        List<Draft> drafts = new ArrayList<>();
        results.forEach(result -> result.value().ifPresent(value ->
                drafts.add(new Draft(result.report().member(), domain.write(value)))));
        DraftRound round = new DraftRound(reports(results), drafts);
        store.put(ticketId, phase, attempt, CouncilArtifacts.drafts(domain.name()), CouncilJson.drafts(round));
        requireQuorum("drafts", round.members(), in);
        return round;
    }

    /**
     * Every member scores the valid drafts, each in its own seeded order; the tally names the winner. Throws
     * QUORUM_NOT_MET when too few scorecards are valid, COUNCIL_DATA_LOST when the drafts are gone.
     */
    public VoteRound vote(TicketId ticketId, Cancellation cancellation) {
        Inputs in = inputs(ticketId);
        DraftRound drafts = storedDrafts(ticketId);
        requireQuorum("drafts", drafts.members(), in);
        TicketStatus phase = domain.phases().vote();
        int attempt = store.activeAttempt(ticketId, phase);
        Optional<VoteRound> stored = reusable(() -> store.find(ticketId, phase, CouncilArtifacts.votes(domain.name()))
                .map(content -> readVotes(content, drafts)).filter(round -> meetsQuorum(outcomes(round.voters()), in)));
        if (stored.isPresent()) {
            return stored.get();
        }
        PromptSpec spec = domain.votePrompt();
        List<Presentation> presentations = new ArrayList<>();
        List<MemberTask<Scorecard>> tasks = new ArrayList<>();
        for (CouncilMember voter : CouncilMember.roster(in.locked())) {
            Presentation shown = Presentation.shuffle(voter.id(), seeds.getAsLong(), drafts.authors());
            presentations.add(shown);
            String prompt = prompts.build(spec, context(spec, in.ticket(),
                    Map.of(ContextKey.DRAFTS, CouncilTexts.anonymised(shown, drafts)))).text();
            tasks.add(new MemberTask<>(voter, prompt, ScorecardReader.reader(shown, domain.rubric())));
        }
        List<MemberResult<Scorecard>> results = rounds.run(tasks, sharedRound(in, "vote", spec), cancellation,
                raw(ticketId, phase, attempt, "vote"));
        List<Scorecard> scorecards = new ArrayList<>();
        results.forEach(result -> result.value().ifPresent(scorecards::add));
        List<String> council = in.locked().council().stream().map(model -> model.value()).toList();
        VoteRound round = new VoteRound(presentations, scorecards, reports(results),
                Tally.of(council, drafts.authors(), scorecards, domain.rubric()));
        store.put(ticketId, phase, attempt, CouncilArtifacts.votes(domain.name()), CouncilJson.votes(round));
        requireQuorum("votes", round.voters(), in);
        return round;
    }

    /**
     * The winner refines its draft with the losing drafts in view; the validated result is stored as the domain's
     * canonical artifact. Throws REFINEMENT_FAILED when no valid refinement came back within the retries, and
     * COUNCIL_DATA_LOST when the drafts or votes are gone.
     */
    public Refinement<T> refine(TicketId ticketId, Cancellation cancellation) {
        Inputs in = inputs(ticketId);
        DraftRound drafts = storedDrafts(ticketId);
        VoteRound votes = readVotes(store.require(ticketId, domain.phases().vote(),
                CouncilArtifacts.votes(domain.name())), drafts);
        requireQuorum("votes", votes.voters(), in);
        TicketStatus phase = domain.phases().refine();
        int attempt = store.activeAttempt(ticketId, phase);
        Optional<Refinement<T>> stored = reusable(() -> storedRefinement(in.ticket(), in.locked()));
        if (stored.isPresent()) {
            return stored.get();
        }
        String winner = votes.winner();
        Draft winning = drafts.draftOf(winner).orElseThrow(() -> CouncilException.dataLost("the winning draft of "
                + winner + " is missing from the stored drafts"));
        T winnerArtifact = canonical(winning.content(), in.ticket(), in.locked(), "the winning draft of " + winner);
        List<Draft> alternatives = drafts.drafts().stream().filter(draft -> !draft.member().equals(winner)).toList();
        List<String> alternativeMembers = alternatives.stream().map(Draft::member).toList();
        PromptSpec spec = domain.refinePrompt(in.locked());
        String prompt = prompts.build(spec, context(spec, in.ticket(),
                Map.of(ContextKey.DRAFTS, CouncilTexts.forRefinement(winning, alternatives)))).text();
        Set<String> rootKeys = new HashSet<>(domain.rootKeys());
        rootKeys.add(ChangeReader.ROOT);
        OutputReader<Refinement<T>> reader = OutputReader.of(rootKeys, document ->
                refinement(document, winner, winnerArtifact, alternativeMembers, in.ticket(), in.locked()));
        CouncilMember refiner = CouncilMember.roster(in.locked()).stream()
                .filter(member -> member.id().equals(winner)).findFirst()
                .orElseThrow(() -> CouncilException.dataLost("the winner " + winner + " is not on the council"));
        Duration timeout = in.live().responseTimeout();
        // Each refinement prompt gets the whole timeout; the round allows for every retry.
        RoundSpec round = new RoundSpec(in.directory(), title(in.ticket(), "refine"), spec.outputFormat(),
                in.locked().structuredRetryCount(),
                Deadline.after(timeout.multipliedBy(1L + in.locked().structuredRetryCount())), timeout);
        MemberResult<Refinement<T>> result = rounds.run(List.of(new MemberTask<>(refiner, prompt, reader)), round,
                cancellation, raw(ticketId, phase, attempt, "refine")).get(0);
        if (result.value().isEmpty()) {
            MemberReport report = result.report();
            throw new CouncilException(CouncilError.REFINEMENT_FAILED, "The winner " + winner
                    + " could not refine its draft: " + report.error().orElse(report.outcome().name()),
                    Optional.of(CouncilTexts.diagnostics(List.of(report))));
        }
        Refinement<T> refined = result.value().get();
        Refinement<T> kept = new Refinement<>(winner, refined.artifact(), refined.canonical(), refined.changes(),
                result.report().warnings());
        store.put(ticketId, phase, attempt, CouncilArtifacts.refinement(domain.name()), CouncilJson.refinement(kept));
        store.put(ticketId, phase, attempt, domain.canonicalArtifactType(), kept.canonical());
        return kept;
    }

    /**
     * Each member first does the domain's preparation (unless its result is ready), then drafts with that result in
     * its own prompt. Both steps share the round, whose deadline allows for two prompts. A member whose preparation
     * failed does not draft; its report says why.
     */
    private List<MemberResult<T>> preparedDrafts(Inputs in, DraftPreparation preparation, PromptSpec spec,
            OutputReader<T> reader, Cancellation cancellation, Consumer<RawAttempt> rawDraft,
            Consumer<RawAttempt> rawPreparation) {
        PromptSpec firstSpec = preparation.prompt(in.ticket());
        String firstPrompt = prompts.build(firstSpec, context(firstSpec, in.ticket(), Map.of())).text();
        OutputReader<String> firstReader = OutputReader.of(preparation.rootKeys(),
                document -> preparation.read(document, in.ticket()));
        Duration timeout = in.live().responseTimeout();
        RoundSpec round = new RoundSpec(in.directory(), title(in.ticket(), "draft"), spec.outputFormat(),
                in.locked().structuredRetryCount(), Deadline.after(timeout.multipliedBy(2)), timeout);
        RoundSpec firstRound = new RoundSpec(round.directory(), title(in.ticket(), preparation.step()),
                firstSpec.outputFormat(), round.retries(), round.deadline(), timeout);
        return rounds.runEach(CouncilMember.roster(in.locked()), round, cancellation, (member, calls) -> {
            Optional<String> ready = preparation.ready(in.ticket(), member.id());
            String own;
            if (ready.isPresent()) {
                own = ready.get();
            } else {
                MemberResult<String> first = calls.call(new MemberTask<>(member, firstPrompt, firstReader),
                        rawPreparation, firstRound);
                if (first.value().isEmpty()) {
                    MemberReport failed = first.report();
                    return MemberResult.without(new MemberReport(member.id(), failed.outcome(), failed.failure(),
                            Optional.of("the draft was not started because the " + preparation.step()
                                    + " step failed: " + failed.error().orElse(failed.outcome().name())),
                            failed.attempts(), List.of()));
                }
                own = first.value().get();
                preparation.store(in.ticket(), member.id(), own);
            }
            String prompt = prompts.build(spec, context(spec, in.ticket(),
                    Map.of(preparation.contextKey(), own))).text();
            return calls.call(new MemberTask<>(member, prompt, reader), rawDraft, round);
        });
    }

    private Validated<Refinement<T>> refinement(JsonNode document, String winner, T winnerArtifact,
            List<String> alternatives, Ticket ticket, LockedSettings locked) {
        Validated<T> artifact = domain.read(document, ticket, locked);
        if (artifact instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<T>) artifact).error());
        }
        Validated<List<Change>> claimed = ChangeReader.read(document, alternatives);
        if (claimed instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<List<Change>>) claimed).error());
        }
        T value = ((Validated.Valid<T>) artifact).value();
        Validated<List<Change>> accounted = ChangeAccounting.check(domain.items(winnerArtifact), domain.items(value),
                ((Validated.Valid<List<Change>>) claimed).value());
        if (accounted instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<List<Change>>) accounted).error());
        }
        List<String> warnings = new ArrayList<>(((Validated.Valid<T>) artifact).warnings());
        warnings.addAll(((Validated.Valid<List<Change>>) claimed).warnings());
        warnings.addAll(((Validated.Valid<List<Change>>) accounted).warnings());
        return Validated.valid(new Refinement<>(winner, value, domain.write(value),
                ((Validated.Valid<List<Change>>) accounted).value(), List.of()), warnings);
    }

    private Optional<Refinement<T>> storedRefinement(Ticket ticket, LockedSettings locked) {
        TicketId ticketId = ticket.id();
        TicketStatus phase = domain.phases().refine();
        Optional<String> record = store.find(ticketId, phase, CouncilArtifacts.refinement(domain.name()));
        Optional<String> canonical = store.find(ticketId, phase, domain.canonicalArtifactType());
        if (record.isEmpty() || canonical.isEmpty()) {
            return Optional.empty();
        }
        CouncilJson.RefinementRecord stored = lost(() -> CouncilJson.refinement(record.get()), "the stored refinement");
        return Optional.of(new Refinement<>(stored.winner(),
                canonical(canonical.get(), ticket, locked, "the refined artifact"), canonical.get(), stored.changes(),
                stored.warnings()));
    }

    /** A step's own earlier result that can no longer be read is simply made again. */
    private static <V> Optional<V> reusable(Supplier<Optional<V>> stored) {
        try {
            return stored.get();
        } catch (CouncilException unreadable) {
            return Optional.empty();
        }
    }

    private DraftRound storedDrafts(TicketId ticketId) {
        return readDrafts(store.require(ticketId, domain.phases().draft(), CouncilArtifacts.drafts(domain.name())));
    }

    private DraftRound readDrafts(String content) {
        return lost(() -> CouncilJson.drafts(content), "the stored drafts");
    }

    private VoteRound readVotes(String content, DraftRound drafts) {
        return lost(() -> CouncilJson.votes(content, drafts.authors(), domain.rubric()), "the stored votes");
    }

    /** Reads back text we wrote; if it no longer validates, what was stored is as good as lost. */
    private T canonical(String content, Ticket ticket, LockedSettings locked, String what) {
        Validated<T> read = lost(() -> domain.read(YAML.readTree(content), ticket, locked), what);
        if (read instanceof Validated.Invalid) {
            throw CouncilException.dataLost(what + " no longer validates: " + ((Validated.Invalid<T>) read).error());
        }
        return ((Validated.Valid<T>) read).value();
    }

    private static <V> V lost(Reading<V> reading, String what) {
        try {
            return reading.read();
        } catch (Exception unreadable) {
            throw CouncilException.dataLost(what + " cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    @FunctionalInterface
    private interface Reading<V> {
        V read() throws Exception;
    }

    private Inputs inputs(TicketId ticketId) {
        Ticket ticket = ports.tickets().findById(ticketId).orElseThrow(() -> NotFoundException.ticket(ticketId));
        LockedSettings locked = ticket.workflow().lockedSettings()
                .orElseThrow(() -> CouncilException.dataLost("the ticket's locked settings are missing"));
        Project project = ports.projects().findById(ticket.projectId())
                .orElseThrow(() -> NotFoundException.project(ticket.projectId()));
        // Council prompts run without tools, so the session folder only tells the runtime which project it is.
        return new Inputs(ticket, locked, settings.settingsFor(ticket), project.folderPath());
    }

    private record Inputs(Ticket ticket, LockedSettings locked, CouncilSettings live, Path directory) {
    }

    private Map<ContextKey, String> context(PromptSpec spec, Ticket ticket, Map<ContextKey, String> extra) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        domain.context(ticket).forEach((key, value) -> {
            if (spec.phase().allowed().contains(key)) {
                context.put(key, value);
            }
        });
        context.putAll(extra);
        return context;
    }

    /** A draft or vote round: one deadline for everyone, which is also the longest any single prompt may take. */
    private RoundSpec sharedRound(Inputs in, String step, PromptSpec spec) {
        Duration timeout = in.live().responseTimeout();
        return new RoundSpec(in.directory(), title(in.ticket(), step), spec.outputFormat(),
                in.locked().structuredRetryCount(), Deadline.after(timeout), timeout);
    }

    private String title(Ticket ticket, String step) {
        return ticket.externalId() + " " + domain.name() + " " + step;
    }

    private Consumer<RawAttempt> raw(TicketId ticketId, TicketStatus phase, int attempt, String step) {
        String type = CouncilArtifacts.rawAttempts(domain.name(), step);
        return rawAttempt -> store.appendDiagnostic(ticketId, phase, attempt, type,
                CouncilJson.rawAttempt(step, rawAttempt));
    }

    private static List<MemberReport> reports(List<? extends MemberResult<?>> results) {
        return results.stream().map(MemberResult::report).collect(Collectors.toList());
    }

    private static Map<String, Quorum.Outcome> outcomes(List<MemberReport> reports) {
        return new DraftRound(reports, List.of()).outcomes();
    }

    private static boolean meetsQuorum(Map<String, Quorum.Outcome> outcomes, Inputs in) {
        return Quorum.check(outcomes, in.live().minimumQuorum()).isEmpty();
    }

    private static void requireQuorum(String what, List<MemberReport> reports, Inputs in) {
        Optional<String> problem = Quorum.check(outcomes(reports), in.live().minimumQuorum());
        if (problem.isPresent()) {
            throw new CouncilException(CouncilError.QUORUM_NOT_MET, "Council " + what + ": " + problem.get(),
                    Optional.of(CouncilTexts.diagnostics(reports)));
        }
    }
}
