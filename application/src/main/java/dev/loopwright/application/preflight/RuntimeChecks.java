package dev.loopwright.application.preflight;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeHealth;
import dev.loopwright.domain.profile.ModelId;
import java.util.List;

/** OpenCode answers, and the ticket's locked main implementer, which codes every bead, is still connected there. */
final class RuntimeChecks implements PreflightStep {
    static final String CONNECTIVITY = "OpenCode Connectivity";
    static final String MAIN_IMPLEMENTER = "Main Implementer Model";

    private final ModelRuntime runtime;

    RuntimeChecks(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public List<PreflightCheck> check(PreflightSubject subject) {
        ModelId model = subject.locked().mainImplementer();
        RuntimeHealth health = runtime.health();
        if (!health.reachable()) {
            String problem = health.problem().orElse("no answer");
            return List.of(PreflightCheck.fail(CONNECTIVITY, CheckCategory.CONNECTIVITY,
                            "OpenCode cannot be reached: " + problem),
                    PreflightCheck.fail(MAIN_IMPLEMENTER, CheckCategory.CONFIG,
                            model + " cannot be checked while OpenCode is unreachable"));
        }
        PreflightCheck connectivity = PreflightCheck.pass(CONNECTIVITY, CheckCategory.CONNECTIVITY,
                "OpenCode " + health.version().orElse("") + " answers");
        try {
            boolean connected = catalog(runtime).isConnected(model);
            return List.of(connectivity, connected
                    ? PreflightCheck.pass(MAIN_IMPLEMENTER, CheckCategory.CONFIG, model + " is connected")
                    : PreflightCheck.fail(MAIN_IMPLEMENTER, CheckCategory.CONFIG, model
                            + " is not among OpenCode's connected models; connect its provider or start a new ticket"));
        } catch (ModelRuntimeException e) {
            return List.of(connectivity, PreflightCheck.fail(MAIN_IMPLEMENTER, CheckCategory.CONFIG,
                    "OpenCode's model list could not be read: " + e.getMessage()));
        }
    }

    /**
     * The catalog, asked twice if the first read times out: pre-flight often runs right after a restart, when
     * OpenCode is still loading its providers, and one slow answer should not block a ticket.
     */
    static ModelCatalog catalog(ModelRuntime runtime) {
        try {
            return runtime.catalog();
        } catch (ModelRuntimeException e) {
            if (e.kind() != RuntimeFailureKind.TIMEOUT) {
                throw e;
            }
            return runtime.catalog();
        }
    }
}
