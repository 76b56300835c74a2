package dev.loopwright.app.demo;

import java.util.List;
import java.util.Map;

/**
 * The one ticket the demo (and the end-to-end tests of each front door) takes through the whole lifecycle: what is
 * created, which models, how the author answers, and what the result must look like.
 */
public final class DemoScenario {
    public static final String PROJECT_NAME = "Shop";
    public static final String SHORTNAME = "SHOP";
    public static final String TICKET = "SHOP-1";
    public static final String TITLE = "Fix the basket total, add an item count and free delivery";
    public static final String DESCRIPTION = "The basket total ignores quantities (test/BasketTest.java fails). "
            + "Shoppers also want to see how many items they have, and delivery should be free from 50.00.";
    public static final String MAIN_IMPLEMENTER = "scripted/echo";
    public static final List<String> COUNCIL_MEMBERS = List.of("scripted/critic");
    /** The base branch of the sample repository. */
    public static final String BASE_BRANCH = "main";
    /** The beads of the plan, in order; {@link #FLAKY_BEAD} fails its first iteration on purpose. */
    public static final List<String> BEADS = List.of("fix-total", "item-count", "free-delivery");
    public static final String FLAKY_BEAD = "item-count";
    /** The project's full test command, as the execution setup plan names it. */
    public static final List<String> TEST_COMMAND = List.of("bash", "test.sh");

    private static final Map<String, String> ANSWERS = Map.of(
            "Q01", "Yes: unit price times quantity, summed over the lines, in cents.",
            "Q02", "Units: 3 apples and 1 bread are 4 items.",
            "Q03", "From 50.00 (5000 cents) inclusive.",
            "QFF1", "The add method keeps its signature; nothing else depends on Basket.");

    private DemoScenario() {
    }

    /** The author's answer to an interview question, by its id. */
    public static String answer(String questionId) {
        return ANSWERS.getOrDefault(questionId, "Keep it as simple as the sample allows.");
    }

    /** The answers as the command line's {@code interview --answers FILE} reads them. */
    public static Map<String, String> answers() {
        return ANSWERS;
    }
}
