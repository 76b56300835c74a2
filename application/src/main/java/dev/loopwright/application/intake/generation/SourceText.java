package dev.loopwright.application.intake.generation;

import dev.loopwright.domain.intake.SourceType;
import java.util.List;
import java.util.Map;

/**
 * Writes the source item as the prompt's context. Long texts are cut and only the latest comments kept, so one
 * chatty thread cannot push the prompt past its budget (the prompt builder never drops the item itself).
 */
final class SourceText {
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_COMMENT = 2_000;
    static final int MAX_COMMENTS = 40;
    static final int MAX_FACT = 500;

    private SourceText() {
    }

    static String render(GenerationSource source) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(source.kind() == SourceType.FEEDBACK ? "Feedback item " : "Board card ")
                .append(source.id()).append(": ").append(cut(oneLine(source.title()), MAX_FACT)).append("\n\n");
        for (Map.Entry<String, String> fact : source.facts().entrySet()) {
            if (!fact.getValue().isBlank()) {
                text.append("- ").append(fact.getKey()).append(": ").append(cut(oneLine(fact.getValue()), MAX_FACT))
                        .append('\n');
            }
        }
        text.append("\nDescription:\n")
                .append(source.description().filter(d -> !d.isBlank()).map(d -> cut(d.strip(), MAX_DESCRIPTION))
                        .orElse("(no description)"))
                .append("\n\nComments:\n");
        List<GenerationSource.Comment> comments = source.comments();
        if (comments.isEmpty()) {
            text.append("(no comments)\n");
        }
        int skipped = Math.max(0, comments.size() - MAX_COMMENTS);
        if (skipped > 0) {
            text.append("(").append(skipped).append(" older comments left out)\n\n");
        }
        for (int i = skipped; i < comments.size(); i++) {
            GenerationSource.Comment comment = comments.get(i);
            text.append("- Comment ").append(i + 1).append(" by ").append(cut(oneLine(comment.author()), 100));
            comment.createdAt().ifPresent(at -> text.append(" at ").append(at));
            text.append('\n').append(cut(comment.body().strip(), MAX_COMMENT)).append("\n\n");
        }
        return text.toString().strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + " … (cut)";
    }
}
