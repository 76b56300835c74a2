package dev.loopwright.application.prompt;

import dev.loopwright.application.structured.PromptMarkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a prompt: rules, role, task, numbered instructions, the expected output format, then the context
 * parts the phase may see, ticket details first. Parts the phase may not see are refused, not silently dropped.
 * When the prompt is over its token budget, whole parts are removed, most expendable first.
 */
public final class PromptBuilder {
    /** A rough, conservative estimate: about four characters per token for English and code. */
    static final int CHARACTERS_PER_TOKEN = 4;

    private static final String RULES = "Answer with the requested output only. Do not repeat these instructions. "
            + "Work from the context below: this is a fresh session with no memory of earlier ones.";

    private final int tokenBudget;

    public PromptBuilder(int tokenBudget) {
        if (tokenBudget < 1) {
            throw new IllegalArgumentException("the token budget must be positive");
        }
        this.tokenBudget = tokenBudget;
    }

    public BuiltPrompt build(PromptSpec spec, Map<ContextKey, String> context) {
        for (ContextKey key : context.keySet()) {
            if (!spec.phase().allowed().contains(key)) {
                throw new IllegalArgumentException(key.heading() + " is not context a " + spec.phase() + " prompt may see");
            }
        }
        Map<ContextKey, String> kept = new EnumMap<>(ContextKey.class);
        kept.putAll(context);
        List<ContextKey> dropped = new ArrayList<>();
        String text = render(spec, kept);
        while (estimateTokens(text) > tokenBudget) {
            ContextKey expendable = kept.keySet().stream().filter(key -> key != ContextKey.TICKET_DETAILS)
                    .min(Comparator.naturalOrder()).orElse(null);
            if (expendable == null) {
                break;
            }
            kept.remove(expendable);
            dropped.add(expendable);
            text = render(spec, kept);
        }
        return new BuiltPrompt(text, dropped);
    }

    static int estimateTokens(String text) {
        return (text.length() + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    private static String render(PromptSpec spec, Map<ContextKey, String> context) {
        StringBuilder prompt = new StringBuilder();
        prompt.append(PromptMarkers.RULES).append('\n').append(RULES).append("\n\n");
        prompt.append("## Role\n").append(spec.role()).append("\n\n");
        prompt.append(PromptMarkers.TASK).append('\n').append(spec.task()).append("\n\n");
        if (!spec.instructions().isEmpty()) {
            prompt.append("## Instructions\n");
            for (int i = 0; i < spec.instructions().size(); i++) {
                prompt.append(i + 1).append(". ").append(spec.instructions().get(i)).append('\n');
            }
            prompt.append('\n');
        }
        prompt.append(PromptMarkers.OUTPUT_FORMAT).append('\n').append(spec.outputFormat()).append("\n\n");
        if (!context.isEmpty()) {
            prompt.append(PromptMarkers.CONTEXT).append('\n');
            context.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getKey() == ContextKey.TICKET_DETAILS ? 0 : 1))
                    .forEach(entry -> prompt.append("### ").append(entry.getKey().heading()).append('\n')
                            .append(entry.getValue().strip()).append("\n\n"));
        }
        return prompt.toString().stripTrailing() + "\n";
    }
}
