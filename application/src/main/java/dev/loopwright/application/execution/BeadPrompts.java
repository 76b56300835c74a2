package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.shell.CommandResult;
import dev.loopwright.application.prompt.ContextKey;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.prompt.PromptPhase;
import dev.loopwright.application.prompt.PromptTemplate;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadNote;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The texts a coding session is sent. The first prompt of an iteration holds only the bead's contract and the notes
 * of earlier attempts (context isolation: no PRD, no other beads, no old transcripts); the follow-ups within the same
 * session name one problem each.
 */
final class BeadPrompts {
    private static final int OUTPUT_TAIL_CHARS = 4_000;

    private final PromptBuilder builder;
    private final PromptTemplate template = PromptTemplate.load("bead-coding", PromptPhase.BEAD_CODING);

    BeadPrompts(PromptBuilder builder) {
        this.builder = builder;
    }

    String first(Bead bead) {
        Map<ContextKey, String> context = new EnumMap<>(ContextKey.class);
        context.put(ContextKey.BEAD_DATA, beadData(bead));
        String notes = notes(bead);
        if (!notes.isEmpty()) {
            context.put(ContextKey.BEAD_NOTES, notes);
        }
        return builder.build(template.render(Map.of("bead_id", bead.id())), context).text();
    }

    String corrective(Bead bead, String problem) {
        return "Your reply could not be used: " + problem + ".\n\nIf the bead is done, reply again ending with the"
                + " status marker; if it is not, keep working on it first. The marker must be the last thing in your"
                + " reply:\n\n" + template.render(Map.of("bead_id", bead.id())).outputFormat();
    }

    String verificationFailed(Bead bead, CommandResult result) {
        return "You reported bead " + bead.id() + " as done, but Loopwright ran its test command and it failed: "
                + result.summary() + ".\n\nOutput (the end of it):\n```\n" + result.outputTail(OUTPUT_TAIL_CHARS)
                + "\n```\n\nFix the cause, run the bead's test commands again yourself, and end your reply with the"
                + " status marker:\n\n" + template.render(Map.of("bead_id", bead.id())).outputFormat();
    }

    String continuation(Bead bead) {
        return "The provider stopped this session before you finished (a rate or usage limit). Continue bead "
                + bead.id() + " where you left off, run its test commands, and end your reply with the status"
                + " marker:\n\n" + template.render(Map.of("bead_id", bead.id())).outputFormat();
    }

    static String beadData(Bead bead) {
        StringBuilder text = new StringBuilder();
        text.append("# Bead ").append(bead.id()).append(": ").append(bead.title()).append("\n\n");
        text.append("## Description\n").append(bead.description().strip()).append("\n\n");
        text.append("## Context guidance\nPatterns to follow:\n");
        list(text, bead.contextGuidance().patterns());
        text.append("Anti-patterns to avoid:\n");
        list(text, bead.contextGuidance().antiPatterns());
        text.append("\n## Acceptance criteria\n");
        list(text, bead.acceptanceCriteria());
        text.append("\n## Target files\n");
        list(text, bead.targetFiles());
        text.append("\n## Tests the bead needs\n");
        list(text, bead.tests());
        text.append("\n## Test commands (run from the working copy's root; all must pass)\n");
        bead.testCommands().forEach(command -> text.append("- `").append(command).append("`\n"));
        text.append("\n## Depends on (already done and committed)\n");
        if (bead.blockedBy().isEmpty()) {
            text.append("- nothing\n");
        } else {
            list(text, bead.blockedBy());
        }
        return text.toString();
    }

    static String notes(Bead bead) {
        StringBuilder text = new StringBuilder();
        section(text, "Why earlier iterations failed", bead.failedIterationNotes());
        section(text, "What the user asked when retrying", bead.userRetryNotes());
        section(text, "Why committing earlier finished work failed", bead.finalizationFailureNotes());
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<BeadNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        text.append("## ").append(title).append('\n');
        for (BeadNote note : notes) {
            text.append("### Iteration ").append(note.iteration()).append(" (").append(note.timestamp()).append(")\n");
            note.errorCode().ifPresent(code -> text.append("Error code: ").append(code).append('\n'));
            text.append(note.content().strip()).append("\n\n");
        }
    }

    private static void list(StringBuilder text, List<String> items) {
        items.forEach(item -> text.append("- ").append(item).append('\n'));
    }
}
