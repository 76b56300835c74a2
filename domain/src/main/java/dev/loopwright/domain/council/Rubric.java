package dev.loopwright.domain.council;

import java.util.List;

/**
 * The five categories a voter scores every draft on, 0 to 20 each, so a draft's total from one voter is 0 to 100.
 * Categories weigh the same; their names tell the voter what to look for.
 */
public record Rubric(String artifact, List<String> categories) {
    public static final int CATEGORIES = 5;
    public static final int MAX_PER_CATEGORY = 20;

    public static final Rubric INTERVIEW = new Rubric("interview", List.of("coverage_of_requirements",
            "question_clarity", "prioritisation", "answerability", "no_redundancy"));
    public static final Rubric PRD = new Rubric("prd", List.of("fidelity_to_interview", "completeness",
            "testable_acceptance_criteria", "technical_soundness", "scope_discipline"));
    public static final Rubric BEADS = new Rubric("beads", List.of("requirement_coverage", "bead_size",
            "dependency_order", "verifiability", "implementation_guidance"));

    public Rubric {
        categories = List.copyOf(categories);
        if (categories.size() != CATEGORIES || categories.stream().distinct().count() != CATEGORIES) {
            throw new IllegalArgumentException("a rubric has exactly " + CATEGORIES + " distinct categories");
        }
    }
}
