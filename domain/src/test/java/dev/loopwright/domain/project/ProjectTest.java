package dev.loopwright.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "AB12", "ABCDE", "12345"})
    void shortnamesOfThreeToFiveUppercaseLettersOrDigitsAreAccepted(String value) {
        assertThat(new Shortname(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "ABCDEF", "abc", "AB-C", "AB C", ""})
    void otherShortnamesAreRejected(String value) {
        assertThatThrownBy(() -> new Shortname(value))
                .hasMessage("shortname must be 3 to 5 uppercase letters or digits");
    }

    @Test
    void aNameIsOneToAHundredCharacters() {
        assertThat(ProjectDetails.of("x", null, null).name()).isEqualTo("x");
        assertThat(ProjectDetails.of("x".repeat(100), null, null).name()).hasSize(100);
        assertThatThrownBy(() -> ProjectDetails.of("", null, null))
                .hasMessage("name must be between 1 and 100 characters");
        assertThatThrownBy(() -> ProjectDetails.of("x".repeat(101), null, null))
                .hasMessage("name must be between 1 and 100 characters");
        assertThatThrownBy(() -> ProjectDetails.of("   ", null, null)).hasMessage("name must not be blank");
        assertThatThrownBy(() -> ProjectDetails.of(null, null, null)).hasMessage("name is required");
    }

    @Test
    void colorsAreSixDigitHex() {
        assertThat(ProjectDetails.of("p", null, "#A1b2C3").color()).isEqualTo("#A1b2C3");
        for (String bad : new String[] {"#12345", "#1234567", "123456", "#12345g", "red"}) {
            assertThatThrownBy(() -> ProjectDetails.of("p", null, bad)).as(bad)
                    .hasMessage("color must be a colour of the form #RRGGBB");
        }
    }

    @Test
    void defaultsFillTheIconAndColor() {
        ProjectDetails details = ProjectDetails.of("p", null, null);
        assertThat(details.icon()).isEqualTo(ProjectDetails.DEFAULT_ICON);
        assertThat(details.color()).isEqualTo("#3b82f6");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> ProjectDetails.of("", "", "blue"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "icon", "color"));
    }

    @Test
    void overridesAreRangeCheckedAndLimitedToOverridableSettings() {
        ProjectOverrides overrides = new ProjectOverrides(Optional.empty(), Optional.of(true), Optional.empty(),
                Map.of(IntSetting.MAX_ITERATIONS, 20));
        assertThat(overrides.value(IntSetting.MAX_ITERATIONS)).hasValue(20);
        assertThat(overrides.value(IntSetting.MIN_COUNCIL_QUORUM)).isEmpty();

        assertThatThrownBy(() -> new ProjectOverrides(Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(IntSetting.MAX_ITERATIONS, 21)))
                .hasMessage("maxIterations must be between 0 and 20 iterations");
        assertThatThrownBy(() -> new ProjectOverrides(Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(IntSetting.STRUCTURED_RETRY_COUNT, 1)))
                .hasMessage("structuredRetryCount can only be set on the profile");
    }

    @Test
    void aProjectCouncilNamesAtMostTenModels() {
        List<ModelId> ten = Collections.nCopies(10, new ModelId("a/b"));
        assertThat(new ProjectOverrides(Optional.of(ten), Optional.empty(), Optional.empty(), Map.of())
                .councilMembers()).hasValueSatisfying(members -> assertThat(members).hasSize(10));
        List<ModelId> eleven = Collections.nCopies(11, new ModelId("a/b"));
        assertThatThrownBy(() -> new ProjectOverrides(Optional.of(eleven), Optional.empty(), Optional.empty(),
                Map.of())).hasMessage("councilMembers can name at most 10 models");
    }

    @Test
    void theFolderIsStoredAbsoluteAndNormalised() {
        Instant now = Instant.EPOCH;
        Project project = new Project(new ProjectId(1), new Shortname("ABC"), Path.of("/repos/./app/../app"),
                ProjectDetails.of("p", null, null), ProjectOverrides.NONE, 0, now, now);
        assertThat(project.folderPath()).isEqualTo(Path.of("/repos/app"));
        assertThatThrownBy(() -> new Project(new ProjectId(1), new Shortname("ABC"), Path.of("relative"),
                ProjectDetails.of("p", null, null), ProjectOverrides.NONE, 0, now, now))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
