package dev.loopwright.application.council;

/**
 * The artifact types a council stores, prefixed with its domain's name: e.g. {@code interview_drafts} in the draft
 * status's attempt, {@code interview_votes} in the vote status's, {@code interview_refinement} and the canonical
 * artifact in the refine status's, and one {@code interview_draft_attempt} (vote, refine) per prompt sent.
 */
public final class CouncilArtifacts {
    private CouncilArtifacts() {
    }

    public static String drafts(String domain) {
        return domain + "_drafts";
    }

    public static String votes(String domain) {
        return domain + "_votes";
    }

    public static String refinement(String domain) {
        return domain + "_refinement";
    }

    /** Raw prompts and replies of one step ({@code draft}, {@code vote} or {@code refine}), for diagnosis. */
    public static String rawAttempts(String domain, String step) {
        return domain + "_" + step + "_attempt";
    }
}
