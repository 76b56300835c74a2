package dev.loopwright.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntSettingTest {

    @ParameterizedTest
    @EnumSource(IntSetting.class)
    void eachBoundIsInclusiveAndTheValueJustOutsideIsRejected(IntSetting setting) {
        IntSettings defaults = IntSettings.defaults();
        assertThat(defaults.with(Map.of(setting, setting.min())).get(setting)).isEqualTo(setting.min());
        assertThat(defaults.with(Map.of(setting, setting.max())).get(setting)).isEqualTo(setting.max());

        String expected = setting.fieldName() + " must be between " + setting.min() + " and " + setting.max() + " "
                + setting.unit();
        assertThatThrownBy(() -> defaults.with(Map.of(setting, setting.min() - 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(setting.fieldName(), expected)));
        assertThatThrownBy(() -> defaults.with(Map.of(setting, setting.max() + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(setting.fieldName(), expected)));
    }

    @ParameterizedTest
    @EnumSource(IntSetting.class)
    void theDefaultLiesInsideTheRange(IntSetting setting) {
        assertThat(setting.defaultValue()).isBetween(setting.min(), setting.max());
    }

    @Test
    void theReferenceDefaultsAndRangesAreKept() {
        assertThat(IntSetting.COUNCIL_RESPONSE_TIMEOUT.defaultValue()).isEqualTo(1_200_000);
        assertThat(IntSetting.MIN_COUNCIL_QUORUM.defaultValue()).isEqualTo(2);
        assertThat(IntSetting.INTERVIEW_QUESTIONS.defaultValue()).isEqualTo(50);
        assertThat(IntSetting.MAX_PRD_COVERAGE_PASSES.min()).isEqualTo(2);
        assertThat(IntSetting.MAX_PARALLEL_BEADS.defaultValue()).as("sequential by default").isEqualTo(1);
    }

    @Test
    void aMessageReadsAsASentence() {
        assertThatThrownBy(() -> IntSettings.defaults().with(Map.of(IntSetting.COUNCIL_RESPONSE_TIMEOUT, 9_999)))
                .hasMessage("councilResponseTimeout must be between 10000 and 3600000 milliseconds");
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertThatThrownBy(() -> IntSettings.defaults().with(Map.of(
                IntSetting.MAX_ITERATIONS, 21, IntSetting.STRUCTURED_RETRY_COUNT, -1, IntSetting.OPENCODE_STEPS, 501)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("maxIterations", "structuredRetryCount", "opencodeSteps"));
    }

    @Test
    void onlySomeSettingsMayBeOverriddenByAProject() {
        assertThat(IntSetting.projectOverridables()).contains(IntSetting.MAX_ITERATIONS, IntSetting.MIN_COUNCIL_QUORUM,
                IntSetting.INTERVIEW_QUESTIONS, IntSetting.MAX_PARALLEL_BEADS)
                .doesNotContain(IntSetting.STRUCTURED_RETRY_COUNT, IntSetting.TOOL_OUTPUT_MAX_CHARS);
    }

    @Test
    void settingsAreFoundByTheirFieldName() {
        assertThat(IntSetting.byFieldName("perIterationTimeout")).contains(IntSetting.PER_ITERATION_TIMEOUT);
        assertThat(IntSetting.byFieldName("nonsense")).isEmpty();
    }
}
