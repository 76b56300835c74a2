package dev.loopwright.application.council;

import dev.loopwright.domain.council.Presentation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The texts the council writes around drafts: the drafts as a voter or the refiner sees them, and diagnostics. */
final class CouncilTexts {
    private CouncilTexts() {
    }

    /** The drafts in the voter's own order, labelled "Draft 1" …; nothing tells whose draft is whose. */
    static String anonymised(Presentation shown, DraftRound drafts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown.authors().size(); i++) {
            String author = shown.authors().get(i);
            String content = drafts.draftOf(author).map(Draft::content).orElseThrow();
            text.append(block(Presentation.label(i), content));
        }
        return text.toString();
    }

    /** The winning draft, then the others as "Alternative 1" … in council order. */
    static String forRefinement(Draft winning, List<Draft> alternatives) {
        StringBuilder text = new StringBuilder(block("Winning draft", winning.content()));
        for (int i = 0; i < alternatives.size(); i++) {
            text.append(block(ChangeReader.label(i), alternatives.get(i).content()));
        }
        return text.toString();
    }

    /** One line per member: how it ended and why, for the blocked ticket's diagnostics. */
    static String diagnostics(List<MemberReport> reports) {
        return reports.stream().map(report -> report.member() + ": " + report.outcome().name().toLowerCase(Locale.ROOT)
                + report.failure().map(kind -> " [" + kind + "]").orElse("")
                + " after " + report.attempts() + " prompt(s)"
                + report.error().map(error -> " — " + error).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static String block(String label, String content) {
        return "#### " + label + "\n```yaml\n" + content.strip() + "\n```\n\n";
    }
}
