package dev.loopwright.domain.council;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums the valid scorecards and picks the winning draft. Ties go to the main implementer, then to council order:
 * the result never depends on which model answered first.
 *
 * @param council the council in order, main implementer first
 * @param totals each eligible author's summed score, in council order
 */
public record Tally(List<String> council, Map<String, Integer> totals, String winner) {

    public Tally {
        council = List.copyOf(council);
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    }

    /**
     * @param authors the members whose drafts were valid and voted on
     */
    public static Tally of(List<String> council, List<String> authors, List<Scorecard> scorecards, Rubric rubric) {
        if (authors.isEmpty()) {
            throw new IllegalArgumentException("there is no valid draft to vote on");
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String member : council) {
            if (authors.contains(member)) {
                totals.put(member, scorecards.stream().mapToInt(card -> card.total(member, rubric)).sum());
            }
        }
        String winner = null;
        for (Map.Entry<String, Integer> entry : totals.entrySet()) {
            // Council order puts the main implementer first, so a strict ">" gives it every tie.
            if (winner == null || entry.getValue() > totals.get(winner)) {
                winner = entry.getKey();
            }
        }
        return new Tally(council, totals, winner);
    }
}
