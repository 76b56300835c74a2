package dev.loopwright.application.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeAccountingTest {
    private final Map<String, String> winner = Map.of("Q01", "a", "Q02", "b", "Q03", "c");

    private static Change change(Change.Type type, String before, String after) {
        return new Change(type, Optional.ofNullable(before), Optional.ofNullable(after), Optional.empty());
    }

    @Test
    void everyKindOfChangeAccountedIsAccepted() {
        Map<String, String> refined = Map.of("Q01", "a2", "Q04", "d", "Q05", "e");
        List<Change> changes = List.of(change(Change.Type.MODIFIED, "Q01", "Q01"),
                change(Change.Type.REPLACED, "Q02", "Q04"), change(Change.Type.REMOVED, "Q03", null),
                change(Change.Type.ADDED, null, "Q05"));

        assertThat(ChangeAccounting.check(winner, refined, changes)).isEqualTo(Validated.valid(changes, List.of()));
    }

    @Test
    void falseOrMissingClaimsAreErrors() {
        Map<String, String> refined = Map.of("Q01", "a", "Q02", "b", "Q06", "f");
        Validated<List<Change>> checked = ChangeAccounting.check(winner, refined, List.of(
                change(Change.Type.MODIFIED, "Q01", "Q01"), change(Change.Type.ADDED, "Q09", "Q06"),
                change(Change.Type.REMOVED, "Q02", null)));

        assertThat(checked).isInstanceOfSatisfying(Validated.Invalid.class, invalid -> assertThat(invalid.error())
                .contains("changes[1] changes nothing", "changes[2] (added) must name no before item",
                        "changes[3] removes Q02, which the refined result still has",
                        "Q03 was removed, but no change", "Q06 is new, but no change"));
    }
}
