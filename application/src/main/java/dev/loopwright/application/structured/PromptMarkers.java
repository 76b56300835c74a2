package dev.loopwright.application.structured;

import java.util.List;

/** The headings our prompts are built from; a reply that contains several of them is an echo of the prompt. */
public final class PromptMarkers {
    public static final String TASK = "## Task";
    public static final String RULES = "## Rules";
    public static final String OUTPUT_FORMAT = "## Expected Output Format";
    public static final String CONTEXT = "## Context";
    private static final List<String> ALL = List.of(TASK, RULES, OUTPUT_FORMAT, CONTEXT);

    private PromptMarkers() {
    }

    static boolean isEcho(String reply) {
        return ALL.stream().filter(reply::contains).count() >= 2;
    }
}
