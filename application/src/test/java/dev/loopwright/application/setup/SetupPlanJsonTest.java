package dev.loopwright.application.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.setup.ReadinessStatus;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupPlanJsonTest {
    static final String GOOD = """
            {
              "schema_version": 1, "ticket_id": "SHOP-1", "artifact": "execution_setup_plan", "status": "draft",
              "summary": "Install the locked dependencies",
              "readiness": {"status": "partial", "actions_required": true, "evidence": ["package-lock.json"],
                            "gaps": ["node_modules missing"]},
              "temp_roots": [".ticket/runtime/execution-setup"],
              "workspace_inputs": [],
              "workspace_probes": [{"id": "probe", "command": "npm test -- --listTests", "purpose": "tests load"}],
              "git_hooks": {"policy": "validate_explicitly", "detected": [], "validation_commands": []},
              "steps": [{"id": "install", "title": "Install", "purpose": "dependencies", "commands": ["npm ci"],
                         "required": true, "rationale": "the tests need them", "cautions": []}],
              "project_commands": {"prepare": ["npm ci"], "test_full": ["npm test"], "lint_full": [],
                                   "typecheck_full": []},
              "quality_gate_policy": {"tests": "bead-test-commands-first", "lint": "impacted-or-package",
                                      "typecheck": "impacted-or-package",
                                      "full_project_fallback": "never-block-on-unrelated-baseline"},
              "cautions": []
            }
            """;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExternalId TICKET = ExternalId.parse("SHOP-1");
    private static final GitHookPolicy POLICY = GitHookPolicy.VALIDATE_EXPLICITLY;

    @Test
    void aGoodPlanIsReadAndWrittenCanonicallyTheSameEveryTime() {
        ExecutionSetupPlan plan = SetupPlanJson.read(GOOD, SetupPlanJson.Mode.USER, TICKET, POLICY).plan();

        String written = SetupPlanJson.write(plan);

        assertThat(plan.steps()).singleElement().satisfies(step -> assertThat(step.commands()).containsExactly("npm ci"));
        assertThat(plan.projectCommands().testFull()).containsExactly("npm test");
        assertThat(SetupPlanJson.write(SetupPlanJson.read(written, SetupPlanJson.Mode.USER, TICKET, POLICY).plan()))
                .isEqualTo(written);
        assertThat(written).contains("\"artifact\" : \"execution_setup_plan\"", "\"status\" : \"draft\"",
                "\"test_full\" : [ \"npm test\" ]");
    }

    @Test
    void modelOutputIsForgivenWhatCanBeFilledWithoutGuessing() throws Exception {
        String model = """
                {"summary": "Install", "readiness": {"status": "needs-setup"},
                 "steps": [{"purpose": "Install dependencies", "commands": "npm ci"}],
                 "projectCommands": {"testFull": ["npm test"]}, "confidence": "high",
                 "git_hooks": {"policy": "ignore_internal_only"}}
                """;

        SetupPlanJson.Read read = SetupPlanJson.read(JSON.readTree(model), SetupPlanJson.Mode.MODEL, TICKET, POLICY);

        ExecutionSetupPlan plan = read.plan();
        assertThat(plan.readiness().status()).isEqualTo(ReadinessStatus.PARTIAL);
        assertThat(plan.readiness().actionsRequired()).isTrue();
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.id()).isEqualTo("step-1");
            assertThat(step.title()).isEqualTo("Install dependencies");
            assertThat(step.required()).isTrue();
        });
        assertThat(plan.projectCommands().testFull()).containsExactly("npm test");
        assertThat(plan.tempRoots()).containsExactly(ExecutionSetupPlan.DEFAULT_TEMP_ROOT);
        assertThat(plan.gitHooks().policy()).isEqualTo(POLICY);
        assertThat(read.warnings()).containsExactly("ignored unknown field confidence");
    }

    @Test
    void aPersonsPlanIsReadStrictly() {
        String edited = GOOD.replace("\"cautions\": []\n}", "\"cautions\": [], \"extra\": 1\n}")
                .replace("\"ticket_id\": \"SHOP-1\"", "\"ticket_id\": \"SHOP-9\"")
                .replace("\"policy\": \"validate_explicitly\"", "\"policy\": \"use_on_internal_commits\"");

        assertThat(messages(() -> SetupPlanJson.read(edited, SetupPlanJson.Mode.USER, TICKET, POLICY)))
                .containsExactlyInAnyOrder("unknown field extra", "ticket_id must be SHOP-1, got SHOP-9",
                        "git_hooks.policy is the ticket's locked policy validate_explicitly and cannot be changed here");
    }

    @Test
    void everyProblemOfAMalformedPlanIsNamedAtOnce() {
        String bad = GOOD.replace("\"commands\": [\"npm ci\"]", "\"commands\": [\"npm ci\\nrm -rf /\", 7]")
                .replace("\"npm test -- --listTests\"", "\"" + "x".repeat(JsonFields.MAX_COMMAND + 1) + "\"")
                .replace("\"workspace_inputs\": []",
                        "\"workspace_inputs\": [{\"path\": \"../secrets\", \"kind\": \"folder\", \"source_status\":"
                                + " \"ignored\", \"reason\": \"x\"}]")
                .replace("\"temp_roots\": [\".ticket/runtime/execution-setup\"]", "\"temp_roots\": [\"/tmp\"]");

        assertThat(messages(() -> SetupPlanJson.read(bad, SetupPlanJson.Mode.MODEL, TICKET, POLICY)))
                .contains("steps[0].commands[0] must be one line: a command the person reviews before it runs",
                        "steps[0].commands[1] must be text",
                        "workspace_probes[0].command has 2001 characters; at most 2000",
                        "tempRoots[0] must be relative to the project, got '/tmp'")
                .anySatisfy(message -> assertThat(message).startsWith("kind must be one of file, directory"));
    }

    @Test
    void pathsOutsideTheWorkingCopyAndInconsistentVerdictsAreRefused() {
        String bad = GOOD.replace("\"temp_roots\": [\".ticket/runtime/execution-setup\"]",
                        "\"temp_roots\": [\"../../tmp\"]")
                .replace("\"workspace_inputs\": []", "\"workspace_inputs\": [{\"path\": \".git/config\", \"kind\":"
                        + " \"file\", \"source_status\": \"ignored\", \"reason\": \"x\"}]")
                .replace("\"status\": \"partial\"", "\"status\": \"ready\"");

        assertThat(messages(() -> SetupPlanJson.read(bad, SetupPlanJson.Mode.MODEL, TICKET, POLICY)))
                .contains("tempRoots[0] must not contain a '..' segment, got '../../tmp'",
                        "a ready plan must not require actions", "a ready plan must not have steps")
                .anySatisfy(message -> assertThat(message).contains("must not point into"));
    }

    @Test
    void notAnObjectIsRefused() throws Exception {
        JsonNode list = JSON.readTree("[1, 2]");

        assertThat(messages(() -> SetupPlanJson.read(list, SetupPlanJson.Mode.MODEL, TICKET, POLICY)))
                .contains("the plan must be an object");
        assertThat(messages(() -> SetupPlanJson.read("{not json", SetupPlanJson.Mode.USER, TICKET, POLICY)))
                .singleElement().satisfies(message -> assertThat(message).startsWith("the plan is not valid JSON"));
    }

    static List<String> messages(Runnable read) {
        try {
            read.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::message).toList();
        }
        throw new AssertionError("the plan was accepted");
    }

    @Test
    void aCommandListGivenAsOneStringIsOneCommand() {
        assertThatThrownBy(() -> SetupPlanJson.read(GOOD.replace("\"summary\": \"Install the locked dependencies\"",
                "\"summary\": 3"), SetupPlanJson.Mode.USER, TICKET, POLICY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("summary must be text");
    }
}
