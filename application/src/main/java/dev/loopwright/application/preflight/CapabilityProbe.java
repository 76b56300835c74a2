package dev.loopwright.application.preflight;

import dev.loopwright.application.council.CouncilSettingsSource;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptTemplate;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real prompt to the locked main implementer in the ticket's working copy, with read-only tools, that must come
 * back exactly {@code OK}: proof that the model answers where the beads will be coded, not only that it is listed.
 * Skipped when OpenCode, the model or the working copy is already reported missing, so one cause fails once.
 * The session is aborted and closed afterwards whatever happened.
 */
final class CapabilityProbe implements PreflightStep {
    static final String NAME = "OpenCode Execution Capability";
    private static final int SHOWN = 200;

    private final ModelRuntime runtime;
    private final CouncilSettingsSource timeouts;
    private final String prompt;

    CapabilityProbe(ModelRuntime runtime, CouncilSettingsSource timeouts, PromptBuilder prompts) {
        this.runtime = runtime;
        this.timeouts = timeouts;
        this.prompt = prompts.build(PromptTemplate.load("execution-capability-probe", PromptPhase.EXECUTION_CAPABILITY_PROBE)
                .render(Map.of()), Map.of()).text();
    }

    @Override
    public List<PreflightCheck> check(PreflightSubject subject) {
        if (!Files.isDirectory(subject.workingCopy()) || !runtime.health().reachable()) {
            return List.of();
        }
        try {
            if (!RuntimeChecks.catalog(runtime).isConnected(subject.locked().mainImplementer())) {
                return List.of();
            }
        } catch (ModelRuntimeException unreadable) {
            return List.of(); // reported by the main implementer's check
        }
        RuntimeSession session = null;
        try {
            session = runtime.openSession(new SessionRequest(subject.workingCopy(),
                    subject.ticket().externalId() + " capability probe"));
            String reply = runtime.prompt(new PromptRequest(session, subject.locked().mainImplementer(),
                    subject.locked().mainImplementerVariant(), Optional.empty(), Optional.empty(), prompt,
                    ToolPolicy.READ_ONLY, timeouts.settingsFor(subject.ticket()).responseTimeout())).text().strip();
            if (reply.equals("OK")) {
                return List.of(PreflightCheck.pass(NAME, CheckCategory.CONNECTIVITY,
                        subject.locked().mainImplementer() + " answered in the working copy"));
            }
            return List.of(PreflightCheck.fail(NAME, CheckCategory.CONNECTIVITY, "the probe wanted OK, "
                    + subject.locked().mainImplementer() + " replied: "
                    + (reply.length() > SHOWN ? reply.substring(0, SHOWN) + "…" : reply)));
        } catch (ModelRuntimeException e) {
            return List.of(PreflightCheck.fail(NAME, CheckCategory.CONNECTIVITY,
                    "the probe prompt failed (" + e.kind() + "): " + e.getMessage()));
        } finally {
            if (session != null) {
                runtime.abort(session);
                closeQuietly(session);
            }
        }
    }

    private void closeQuietly(RuntimeSession session) {
        try {
            runtime.close(session);
        } catch (ModelRuntimeException ignored) {
            // The session is aborted; a runtime that cannot delete it now keeps an idle session, which is harmless.
        }
    }
}
