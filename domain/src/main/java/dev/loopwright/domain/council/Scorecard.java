package dev.loopwright.domain.council;

import dev.loopwright.domain.common.Violations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One voter's scores, by draft author, after the labels were mapped back. Totals are recomputed here: a model's
 * own arithmetic is never trusted.
 */
public record Scorecard(String voter, Map<String, Map<String, Integer>> scoresByAuthor) {

    public Scorecard {
        Objects.requireNonNull(voter, "voter");
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        scoresByAuthor.forEach((author, scores) -> copy.put(author, Map.copyOf(scores)));
        scoresByAuthor = Collections.unmodifiableMap(copy);
    }

    /**
     * Checks a voter's raw scores against the rubric and the drafts shown: every draft scored, every category
     * present, each an integer from 0 to 20.
     */
    public static Scorecard validated(String voter, Presentation shown, Rubric rubric,
            Map<String, Map<String, Integer>> scoresByLabel) {
        Violations violations = new Violations();
        Map<String, Map<String, Integer>> byAuthor = new LinkedHashMap<>();
        for (int i = 0; i < shown.authors().size(); i++) {
            String label = Presentation.label(i);
            Map<String, Integer> scores = scoresByLabel.get(label);
            if (scores == null) {
                violations.add("draft_scores", label + " was not scored");
                continue;
            }
            for (String category : rubric.categories()) {
                Integer score = scores.get(category);
                if (score == null) {
                    violations.add("draft_scores", label + " has no score for " + category);
                } else if (score < 0 || score > Rubric.MAX_PER_CATEGORY) {
                    violations.add("draft_scores", label + " " + category + " must be between 0 and "
                            + Rubric.MAX_PER_CATEGORY + ", got " + score);
                }
            }
            byAuthor.put(shown.authors().get(i), scores);
        }
        scoresByLabel.keySet().stream().filter(label -> shown.authorOf(label).isEmpty())
                .forEach(label -> violations.add("draft_scores", "there is no draft called " + label));
        violations.throwIfAny();
        return new Scorecard(voter, byAuthor);
    }

    /** The voter's total for one author's draft (0–100), summed over the rubric's categories only. */
    public int total(String author, Rubric rubric) {
        Map<String, Integer> scores = scoresByAuthor.getOrDefault(author, Map.of());
        return rubric.categories().stream().mapToInt(category -> scores.getOrDefault(category, 0)).sum();
    }
}
