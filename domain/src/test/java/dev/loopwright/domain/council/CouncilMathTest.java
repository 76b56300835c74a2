package dev.loopwright.domain.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CouncilMathTest {
    private static final List<String> COUNCIL = List.of("main/m", "b/b", "c/c");
    private static final Rubric RUBRIC = Rubric.PRD;

    private static Map<String, Integer> scores(int each) {
        return RUBRIC.categories().stream().collect(Collectors.toMap(c -> c, c -> each));
    }

    @Test
    void aSeedAlwaysGivesTheSameOrderAndSeedsDiffer() {
        Presentation first = Presentation.shuffle("b/b", 42, COUNCIL);
        assertThat(Presentation.shuffle("b/b", 42, COUNCIL)).isEqualTo(first);
        assertThat(first.authors()).containsExactlyInAnyOrderElementsOf(COUNCIL);
        Set<List<String>> orders = IntStream.range(0, 50)
                .mapToObj(seed -> Presentation.shuffle("b/b", seed, COUNCIL).authors()).collect(Collectors.toSet());
        assertThat(orders).as("all 6 orders of 3 drafts appear over 50 seeds").hasSize(6);
        assertThat(first.authorOf("Draft 1")).contains(first.authors().get(0));
        assertThat(first.authorOf("Draft 4")).isEmpty();
    }

    @Test
    void scorecardsAreMappedBackToAuthorsAndTotalsRecomputed() {
        Presentation shown = Presentation.shuffle("c/c", 7, List.of("main/m", "b/b"));
        Scorecard card = Scorecard.validated("c/c", shown, RUBRIC, Map.of("Draft 1", scores(20), "Draft 2", scores(10)));
        assertThat(card.total(shown.authors().get(0), RUBRIC)).isEqualTo(100);
        assertThat(card.total(shown.authors().get(1), RUBRIC)).isEqualTo(50);
    }

    @Test
    void scoresOutsideTheRubricAreRejectedWithEveryProblem() {
        Presentation shown = new Presentation("b/b", 1, List.of("main/m", "b/b"));
        Map<String, Integer> tooHigh = new HashMap<>(scores(10));
        tooHigh.put(RUBRIC.categories().get(0), 21);
        Map<String, Integer> missing = new HashMap<>(scores(10));
        missing.remove(RUBRIC.categories().get(4));
        assertThatThrownBy(() -> Scorecard.validated("b/b", shown, RUBRIC,
                Map.of("Draft 1", tooHigh, "Draft 2", missing, "Draft 9", scores(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("Draft 1 fidelity_to_interview must be between 0 and 20, got 21")
                        .contains("Draft 2 has no score for scope_discipline")
                        .contains("there is no draft called Draft 9"));
        assertThatThrownBy(() -> Scorecard.validated("b/b", shown, RUBRIC, Map.of("Draft 1", scores(10))))
                .hasMessageContaining("Draft 2 was not scored");
    }

    @Test
    void theHighestSumWinsAndTiesGoToTheMainImplementerThenCouncilOrder() {
        List<String> authors = COUNCIL;
        Presentation identity = new Presentation("v", 0, authors);
        Scorecard low = Scorecard.validated("v", identity, RUBRIC,
                Map.of("Draft 1", scores(10), "Draft 2", scores(12), "Draft 3", scores(12)));
        Tally tally = Tally.of(COUNCIL, authors, List.of(low), RUBRIC);
        assertThat(tally.totals()).containsEntry("b/b", 60).containsEntry("c/c", 60);
        assertThat(tally.winner()).as("tie among non-main members: council order").isEqualTo("b/b");

        Scorecard tieWithMain = Scorecard.validated("v", identity, RUBRIC,
                Map.of("Draft 1", scores(12), "Draft 2", scores(12), "Draft 3", scores(3)));
        assertThat(Tally.of(COUNCIL, authors, List.of(tieWithMain), RUBRIC).winner()).isEqualTo("main/m");
    }

    @Test
    void onlyValidDraftsCanWin() {
        Presentation shown = new Presentation("v", 0, List.of("c/c"));
        Scorecard card = Scorecard.validated("v", shown, RUBRIC, Map.of("Draft 1", scores(0)));
        assertThat(Tally.of(COUNCIL, List.of("c/c"), List.of(card), RUBRIC).winner())
                .as("a zero score still beats a draft that failed").isEqualTo("c/c");
        assertThatThrownBy(() -> Tally.of(COUNCIL, List.of(), List.of(), RUBRIC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quorumNamesTheMembersThatDidNotDeliver() {
        Map<String, Quorum.Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("main/m", Quorum.Outcome.COMPLETED);
        outcomes.put("b/b", Quorum.Outcome.TIMED_OUT);
        outcomes.put("c/c", Quorum.Outcome.INVALID_OUTPUT);
        assertThat(Quorum.check(outcomes, 1)).isEmpty();
        assertThat(Quorum.check(outcomes, 2)).contains("Quorum not met: 1 of 3 members delivered, at least 2 needed;"
                + " missing: b/b (timed_out), c/c (invalid_output)");
    }
}
