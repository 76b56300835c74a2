package dev.loopwright.application.prd;

import java.util.function.Function;

/**
 * A scripted model that answers each PRD prompt by its kind, told apart by our prompts' task sentences. A kind left
 * unset answers with an empty reply.
 */
final class Replies {
    Function<String, String> fullAnswers = prompt -> "";
    Function<String, String> draft = prompt -> "";
    Function<String, String> vote = prompt -> "";
    Function<String, String> refine = prompt -> "";
    Function<String, String> audit = prompt -> "";
    Function<String, String> revise = prompt -> "";

    String answer(String prompt) {
        if (prompt.contains("Answer every skipped interview question")) {
            return fullAnswers.apply(prompt);
        }
        if (prompt.contains("Write the PRD for the ticket")) {
            return draft.apply(prompt);
        }
        if (prompt.contains("Score every draft")) {
            return vote.apply(prompt);
        }
        if (prompt.contains("Improve the winning draft")) {
            return refine.apply(prompt);
        }
        if (prompt.contains("Audit PRD candidate")) {
            return audit.apply(prompt);
        }
        if (prompt.contains("Revise PRD candidate")) {
            return revise.apply(prompt);
        }
        return "";
    }

    static String kind(String prompt) {
        for (String[] pair : new String[][] {{"Answer every skipped interview question", "full_answers"},
                {"Write the PRD for the ticket", "draft"}, {"Score every draft", "vote"},
                {"Improve the winning draft", "refine"}, {"Audit PRD candidate", "audit"},
                {"Revise PRD candidate", "revise"}}) {
            if (prompt.contains(pair[0])) {
                return pair[1];
            }
        }
        return "correction";
    }
}
