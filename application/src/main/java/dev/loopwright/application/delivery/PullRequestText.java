package dev.loopwright.application.delivery;

import java.util.List;
import java.util.Objects;

/**
 * The pull request's title and body, built only from what is known for sure (the ticket, its approved beads, the
 * candidate's diff), so the same delivery always reads the same. No model writes it.
 */
record PullRequestText(String title, String body) {
    /** GitHub refuses longer bodies; ours only gets there with thousands of files. */
    private static final int MAX_BODY = 60_000;
    private static final int MAX_FILES_LISTED = 100;

    PullRequestText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    static PullRequestText compose(TicketSite site, List<String> beadTitles, DiffSummary diff, String candidateCommit) {
        StringBuilder body = new StringBuilder();
        body.append("## Summary\n\n").append(site.ticket().details().title()).append('\n');
        site.ticket().details().description().filter(text -> !text.isBlank())
                .ifPresent(description -> body.append('\n').append(description.strip()).append('\n'));
        if (!beadTitles.isEmpty()) {
            body.append("\n## Work done\n\n");
            beadTitles.forEach(title -> body.append("- ").append(title).append('\n'));
        }
        body.append("\n## Changes\n\n").append(diff.totals()).append("\n\n");
        diff.files().stream().limit(MAX_FILES_LISTED).forEach(file -> body.append("- `").append(file.path())
                .append("` ").append(file.binary() ? "(binary)" : "+" + file.added() + " -" + file.removed())
                .append('\n'));
        if (diff.files().size() > MAX_FILES_LISTED) {
            body.append("- … and ").append(diff.files().size() - MAX_FILES_LISTED).append(" more\n");
        }
        body.append("\n## Validation\n\nThe project's full test commands passed on this branch before it was squashed"
                + " into commit ").append(candidateCommit).append(".\n\n_Delivered by Loopwright for ticket ")
                .append(site.externalId()).append("._\n");
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + "\n…\n" : body.toString();
        return new PullRequestText(site.deliveryTitle(), text);
    }
}
