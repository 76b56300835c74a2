package dev.loopwright.domain.profile;

import dev.loopwright.domain.common.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every numeric setting with its default and its inclusive range, in one table so that the profile,
 * the project overrides and the API documentation cannot disagree.
 */
public enum IntSetting {
    MIN_COUNCIL_QUORUM("minCouncilQuorum", 2, 1, 6, "members", true),
    COUNCIL_RESPONSE_TIMEOUT("councilResponseTimeout", 1_200_000, 10_000, 3_600_000, "milliseconds", true),
    /** 0 means no timeout. */
    PER_ITERATION_TIMEOUT("perIterationTimeout", 1_200_000, 0, 3_600_000, "milliseconds", true),
    /** 0 means no timeout. */
    EXECUTION_SETUP_TIMEOUT("executionSetupTimeout", 1_200_000, 0, 3_600_000, "milliseconds", true),
    INTERVIEW_QUESTIONS("interviewQuestions", 50, 0, 50, "questions", true),
    COVERAGE_FOLLOW_UP_BUDGET_PERCENT("coverageFollowUpBudgetPercent", 20, 0, 100, "percent", false),
    MAX_COVERAGE_PASSES("maxCoveragePasses", 2, 1, 10, "passes", false),
    MAX_PRD_COVERAGE_PASSES("maxPrdCoveragePasses", 5, 2, 20, "passes", false),
    MAX_BEADS_COVERAGE_PASSES("maxBeadsCoveragePasses", 5, 2, 20, "passes", false),
    STRUCTURED_RETRY_COUNT("structuredRetryCount", 1, 0, 5, "retries", false),
    /** Attempts per bead; 0 means unlimited. */
    MAX_ITERATIONS("maxIterations", 5, 0, 20, "iterations", true),
    /** Loopwright's addition: beads whose dependencies are done may run side by side. 1 = sequential. */
    MAX_PARALLEL_BEADS("maxParallelBeads", 1, 1, 8, "beads", true),
    OPENCODE_RETRY_LIMIT("opencodeRetryLimit", 10, 0, 50, "retries", false),
    OPENCODE_RETRY_DELAY("opencodeRetryDelay", 60_000, 0, 3_600_000, "milliseconds", false),
    /** 0 means no step limit. */
    OPENCODE_STEPS("opencodeSteps", 0, 0, 500, "steps", false),
    TOOL_INPUT_MAX_CHARS("toolInputMaxChars", 4_000, 500, 50_000, "characters", false),
    TOOL_OUTPUT_MAX_CHARS("toolOutputMaxChars", 12_000, 1_000, 100_000, "characters", false),
    TOOL_ERROR_MAX_CHARS("toolErrorMaxChars", 6_000, 500, 50_000, "characters", false);

    private final String fieldName;
    private final int defaultValue;
    private final int min;
    private final int max;
    private final String unit;
    private final boolean projectOverridable;

    IntSetting(String fieldName, int defaultValue, int min, int max, String unit, boolean projectOverridable) {
        this.fieldName = fieldName;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.projectOverridable = projectOverridable;
    }

    /** The name used in JSON, on the command line and in error messages. */
    public String fieldName() {
        return fieldName;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public String unit() {
        return unit;
    }

    /** Whether a project may override the profile's value for its own tickets. */
    public boolean projectOverridable() {
        return projectOverridable;
    }

    public void check(Violations violations, long value) {
        violations.range(fieldName, value, min, max, unit);
    }

    public static List<IntSetting> projectOverridables() {
        return Arrays.stream(values()).filter(IntSetting::projectOverridable).collect(Collectors.toUnmodifiableList());
    }

    public static Optional<IntSetting> byFieldName(String fieldName) {
        return Arrays.stream(values()).filter(s -> s.fieldName.equals(fieldName)).findFirst();
    }
}
