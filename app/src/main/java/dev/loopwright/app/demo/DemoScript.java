package dev.loopwright.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.out.opencode.scripted.ChatRequest;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ToolCall;
import dev.loopwright.adapter.out.opencode.scripted.When;

/**
 * What the scripted model answers in every phase of the demo ticket. Each rule is pointed at a prompt by a phrase of
 * that prompt (the prompt resources of {@code application}); the replies are plausible for the sample task. Bead
 * {@link DemoScenario#FLAKY_BEAD} writes a wrong item count in its first iteration, so our rerun of its test fails,
 * the working copy is reset and the second iteration, in a fresh session, writes it right.
 */
public final class DemoScript {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCAN = "list the files this ticket will change";
    private static final String INTERVIEW_DRAFT = "Write the complete list of interview questions";
    private static final String DRAFT_VOTE = "Score every draft";
    private static final String PRD_RUBRIC = "fidelity_to_interview";
    private static final String DRAFT_REFINE = "Improve the winning draft";
    private static final String PRD_REFINE = "every epic and user story";
    private static final String FIRST_BATCH = "Begin the interview: reply with batch 1.";
    private static final String AFTER_BATCH_1 = "The author answered batch 1";
    private static final String AFTER_BATCH_2 = "The author answered batch 2";
    private static final String INTERVIEW_COVERAGE = "Review the finished interview for gaps";
    private static final String FULL_ANSWERS = "Answer every skipped interview question";
    private static final String PRD_DRAFT = "Write the PRD for the ticket";
    private static final String PRD_AUDIT = "Audit PRD candidate";
    private static final String BEADS_DRAFT = "Cut the PRD into beads";
    private static final String BEADS_VOTE = "Score every blueprint";
    private static final String BEADS_REFINE = "Improve the winning blueprint";
    private static final String BEADS_AUDIT = "against the PRD and list what is still missing";
    private static final String BEADS_EXPAND = "Expand every bead of the blueprint";
    private static final String PROBE = "reply with OK and nothing else";
    private static final String SETUP_PLAN = "write the execution setup plan for it";
    private static final String EARLIER_FAILURES = "Why earlier iterations failed";

    private DemoScript() {
    }

    public static Script build() {
        Script.Builder script = Script.builder().models("echo", "critic");
        script.on(When.lastUserContains(INTERVIEW_COVERAGE), reply("clean.yaml"))
                .on(When.lastUserContains(SCAN), reply("scan.yaml"))
                .on(When.lastUserContains(INTERVIEW_DRAFT), reply("questions.yaml"))
                .on(When.lastUserContains(DRAFT_VOTE).and(When.lastUserContains(PRD_RUBRIC)),
                        Response.reply(scores("fidelity_to_interview", "completeness", "testable_acceptance_criteria",
                                "technical_soundness", "scope_discipline")))
                .on(When.lastUserContains(DRAFT_VOTE), Response.reply(scores("coverage_of_requirements",
                        "question_clarity", "prioritisation", "answerability", "no_redundancy")))
                .on(When.lastUserContains(DRAFT_REFINE).and(When.lastUserContains(PRD_REFINE)),
                        Response.reply(text("prd.yaml") + "changes: []\n"))
                .on(When.lastUserContains(FIRST_BATCH), reply("batch-1.yaml"))
                .on(When.lastUserContains(AFTER_BATCH_1), reply("batch-2.yaml"))
                .on(When.lastUserContains(AFTER_BATCH_2), reply("interview-complete.yaml"))
                .on(When.lastUserContains(FULL_ANSWERS), reply("full-answers.yaml"))
                .on(When.lastUserContains(PRD_DRAFT), reply("prd.yaml"))
                .on(When.lastUserContains(PRD_AUDIT), reply("clean.yaml"))
                .on(When.lastUserContains(DRAFT_REFINE), Response.reply(text("questions.yaml") + "changes: []\n"))
                .on(When.lastUserContains(BEADS_DRAFT), reply("blueprint.yaml"))
                .on(When.lastUserContains(BEADS_VOTE), Response.reply(scores("requirement_coverage", "bead_size",
                        "dependency_order", "verifiability", "implementation_guidance")))
                .on(When.lastUserContains(BEADS_REFINE), Response.reply(text("blueprint.yaml") + "changes: []\n"))
                .on(When.lastUserContains(BEADS_AUDIT), reply("clean.yaml"))
                .on(When.lastUserContains(BEADS_EXPAND), reply("expanded.jsonl"))
                .on(When.lastUserContains(SETUP_PLAN), reply("setup-plan.txt"))
                .on(When.lastUserContains(PROBE), Response.reply("OK"));
        // The flaky bead's first iteration: a wrong count (lines, not units). Our rerun of its test fails, and so does
        // the repair turn, which only reports done again; the iteration is reset and the next one starts afresh.
        script.on(agent(DemoScenario.FLAKY_BEAD).and(request -> !request.lastUserText().contains(EARLIER_FAILURES))
                .and(When.not(When.lastMessageIsToolResult())),
                writes("src/Basket.java", code("Basket-count-wrong.java.txt"),
                        "test/ItemCountTest.java", code("ItemCountTest.java.txt")));
        script.on(agentText("reported bead " + DemoScenario.FLAKY_BEAD + " as done"),
                Response.reply(marker(DemoScenario.FLAKY_BEAD)));
        implementing(script, "fix-total", writes("src/Basket.java", code("Basket-fixed.java.txt")));
        implementing(script, "item-count", writes("src/Basket.java", code("Basket-count.java.txt"),
                "test/ItemCountTest.java", code("ItemCountTest.java.txt")));
        implementing(script, "free-delivery", writes("src/Basket.java", code("Basket-delivery.java.txt"),
                "test/FreeDeliveryTest.java", code("FreeDeliveryTest.java.txt")));
        return script.build();
    }

    /** The agent's two turns for a bead: write its files with OpenCode's write tool, then report done. */
    private static void implementing(Script.Builder script, String beadId, Response writes) {
        script.on(agent(beadId).and(When.not(When.lastMessageIsToolResult())), writes);
        script.on(agent(beadId).and(When.lastMessageIsToolResult()),
                Response.reply("Implemented and ran the bead's tests.\n" + marker(beadId)));
    }

    private static When agent(String beadId) {
        return agentText("Implement bead " + beadId + " in");
    }

    private static When agentText(String text) {
        return (ChatRequest request) -> !request.isSideRequest() && request.lastUserText().contains(text);
    }

    /** One write tool call per (path, content) pair, all in one turn. */
    private static Response writes(String... pathsAndContents) {
        ToolCall[] calls = new ToolCall[pathsAndContents.length / 2];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = new ToolCall("write", JSON.createObjectNode().put("filePath", pathsAndContents[2 * i])
                    .put("content", pathsAndContents[2 * i + 1]).toString());
        }
        return Response.toolCalls(calls);
    }

    private static String marker(String beadId) {
        return "<BEAD_STATUS>{\"bead_id\": \"" + beadId + "\", \"status\": \"done\", \"checks\": {\"tests\": \"pass\"}}"
                + "</BEAD_STATUS>";
    }

    /** Two drafts, the second scored a little higher by every voter. */
    private static String scores(String... categories) {
        StringBuilder yaml = new StringBuilder("draft_scores:\n");
        for (int draft = 1; draft <= 2; draft++) {
            yaml.append("  Draft ").append(draft).append(":\n");
            for (String category : categories) {
                yaml.append("    ").append(category).append(": ").append(14 + draft).append('\n');
            }
        }
        return yaml.toString();
    }

    private static Response reply(String name) {
        return Response.reply(text(name));
    }

    private static String text(String name) {
        return DemoResources.text("replies/" + name);
    }

    private static String code(String name) {
        return DemoResources.text("code/" + name);
    }
}
