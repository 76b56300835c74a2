package dev.loopwright.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void textIsRequiredAndNotBlank() {
        Violations violations = new Violations();
        FieldChecks.text(violations, "title", null);
        FieldChecks.text(violations, "summary", " ");
        FieldChecks.text(violations, "name", "x");
        assertThat(violations.list()).extracting(Violation::message)
                .containsExactly("title is required", "summary must not be blank");
    }

    @Test
    void listsAreCopiedAndBadEntriesReported() {
        Violations violations = new Violations();
        List<String> texts = FieldChecks.texts(violations, "tags", Arrays.asList("a", null, " "));
        List<Integer> numbers = FieldChecks.list(violations, "numbers", Arrays.asList(1, null));
        List<String> missing = FieldChecks.texts(violations, "missing", null);
        assertThat(texts).containsExactly("a", " ");
        assertThat(numbers).containsExactly(1);
        assertThat(missing).isEmpty();
        assertThat(violations.list()).extracting(Violation::message).containsExactly(
                "tags must not contain blank entries", "numbers must not contain empty entries", "missing is required");
        assertThatThrownBy(() -> texts.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void atLeastCountsEntries() {
        Violations violations = new Violations();
        FieldChecks.atLeast(violations, "one", List.of("x"), 1);
        FieldChecks.atLeast(violations, "two", List.of("x"), 2);
        FieldChecks.atLeast(violations, "none", List.of(), 1);
        assertThat(violations.list()).extracting(Violation::message)
                .containsExactly("two must have at least 2 entries", "none must have at least 1 entry");
    }

    @Test
    void duplicatesAreNamedOnceInOrder() {
        assertThat(FieldChecks.duplicates(List.of("b", "a", "b", "a", "b", "c"))).containsExactly("b", "a");
        assertThat(FieldChecks.duplicates(List.of("a", "b"))).isEmpty();
    }

    @Test
    void unknownWireNamesListTheAcceptedOnes() {
        assertThatThrownBy(() -> WireNames.parse(Thread.State.values(), FieldChecksTest::lower, "state", "asleep"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("state must be one of new, runnable, blocked, waiting, timed_waiting, terminated;"
                        + " got 'asleep'");
        assertThat(WireNames.parse(Thread.State.values(), FieldChecksTest::lower, "state", "blocked"))
                .isEqualTo(Thread.State.BLOCKED);
    }

    private static String lower(Thread.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
