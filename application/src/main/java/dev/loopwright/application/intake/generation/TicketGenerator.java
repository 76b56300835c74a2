package dev.loopwright.application.intake.generation;

import dev.loopwright.domain.intake.SourceType;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.error.TicketGenerationException;
import dev.loopwright.application.port.in.TicketSource;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptSpec;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the profile's main implementer (no tools) to turn a feedback item or board card into a developer ticket.
 * The generate request names no model, so the profile's main implementer and its variant are used, with the
 * council's response timeout. A reply that parses but breaks the schema gets a corrective prompt in the same
 * session naming every problem; an empty reply, an echo or a failed call gets the first prompt again in a fresh
 * session. After {@code 1 + structuredRetryCount} prompts without a valid ticket the generation fails.
 */
public final class TicketGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(TicketGenerator.class);

    private final ProfileRepository profiles;
    private final ModelRuntime runtime;
    private final PromptBuilder prompts;
    private final Path workDirectory;
    private final PromptTemplate template = PromptTemplate.load("feedback-ticket", PromptPhase.FEEDBACK_TICKET);
    private final StructuredOutputParser parser = new StructuredOutputParser(Set.of("title", "description"),
            Optional.empty());
    private final GeneratedTicketReader reader = new GeneratedTicketReader();

    /** @param workDirectory where the runtime's sessions run; no tools are allowed, so nothing there is read */
    public TicketGenerator(ProfileRepository profiles, ModelRuntime runtime, PromptBuilder prompts, Path workDirectory) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory");
    }

    /** A ticket for a stored feedback item or board card, from what of it the model may see. */
    public Generation generate(TicketSource source) {
        return generate(SourceMapping.of(source));
    }

    /**
     * @throws ConflictException when the profile names no main implementer (nothing was asked)
     * @throws TicketGenerationException when no attempt gave a valid ticket
     */
    public Generation generate(GenerationSource source) {
        Profile profile = profiles.find().orElseThrow(() -> noModel());
        ModelId model = profile.mainImplementer().orElseThrow(() -> noModel());
        int maxAttempts = 1 + profile.setting(IntSetting.STRUCTURED_RETRY_COUNT);
        Duration timeout = Duration.ofMillis(profile.setting(IntSetting.COUNCIL_RESPONSE_TIMEOUT));
        PromptSpec spec = template.render(Map.of("source_kind",
                source.kind() == SourceType.FEEDBACK ? "feedback item" : "board card"));
        String firstPrompt = prompts.build(spec, Map.of(ContextKey.TICKET_DETAILS, SourceText.render(source))).text();

        List<RuntimeSession> sessions = new ArrayList<>();
        RuntimeSession session = null;
        String text = firstPrompt;
        String problem = "no reply";
        try {
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                String reply;
                try {
                    // Opening a session can fail like a prompt (OpenCode restarting): it is retried the same way.
                    if (session == null) {
                        session = runtime.openSession(new SessionRequest(workDirectory,
                                "ticket from " + source.kind().wireName() + " " + source.id()));
                        sessions.add(session);
                    }
                    reply = runtime.prompt(new PromptRequest(session, model, profile.mainImplementerVariant(),
                            Optional.empty(), Optional.empty(), text, ToolPolicy.NONE, timeout)).text();
                } catch (ModelRuntimeException e) {
                    problem = "the model call failed (" + e.kind() + "): " + e.getMessage();
                    session = null;
                    text = firstPrompt;
                    continue;
                }
                ParseOutcome outcome = parser.parse(reply);
                if (outcome instanceof ParseOutcome.Failed) {
                    ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
                    problem = failed.message();
                    if (failed.failure().corrective()) {
                        text = corrective(List.of(failed.message()), spec);
                    } else {
                        session = null;
                        text = firstPrompt;
                    }
                    continue;
                }
                ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
                GeneratedTicketReader.Outcome read = reader.read(parsed.document());
                if (read instanceof GeneratedTicketReader.Valid) {
                    GeneratedTicketReader.Valid valid = (GeneratedTicketReader.Valid) read;
                    List<String> warnings = new ArrayList<>(parsed.warnings());
                    warnings.addAll(valid.warnings());
                    return new Generation(valid.ticket(), model, attempt, warnings);
                }
                List<String> problems = ((GeneratedTicketReader.Invalid) read).problems();
                problem = String.join("; ", problems);
                text = corrective(problems, spec);
            }
        } finally {
            sessions.forEach(this::closeQuietly);
        }
        LOG.warn("Ticket generation from {} {} failed after {} attempts: {}", source.kind().wireName(), source.id(),
                maxAttempts, problem);
        throw new TicketGenerationException(problem, maxAttempts);
    }

    private static String corrective(List<String> problems, PromptSpec spec) {
        StringBuilder text = new StringBuilder("Your ticket could not be used:\n");
        problems.forEach(problem -> text.append("- ").append(problem).append('\n'));
        return text.append("\nReply again with the whole ticket as exactly one YAML document in this format:\n\n")
                .append(spec.outputFormat()).toString();
    }

    private void closeQuietly(RuntimeSession session) {
        try {
            runtime.close(session);
        } catch (RuntimeException e) {
            LOG.debug("Could not close the generation session {}", session, e);
        }
    }

    private static ConflictException noModel() {
        return new ConflictException("No model to generate with: choose a main implementer in the profile first");
    }
}
