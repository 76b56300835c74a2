package dev.loopwright.application.intake.promotion;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.ticket.TicketDetails;

/**
 * The workflow ticket's description: the developer ticket's Markdown, then a footer naming the developer ticket.
 * The footer's first line is also how an interrupted promotion finds the workflow ticket it already created.
 */
public final class PromotedDescription {
    private static final String MARKER = "Promoted from developer ticket ";

    private PromotedDescription() {
    }

    public static String of(DevTicket ticket) {
        String footer = "\n\n---\n" + marker(ticket) + "\nSource: " + ticket.source().type().wireName() + " "
                + ticket.source().id() + (ticket.labels().isEmpty() ? "" : "\nLabels: "
                + String.join(", ", ticket.labels()));
        int room = TicketDetails.MAX_DESCRIPTION - footer.length();
        String body = ticket.description().strip();
        if (body.length() > room) {
            String cut = "\n\n(cut: the full text is in the developer ticket)";
            body = body.substring(0, Math.max(0, room - cut.length())) + cut;
        }
        return body + footer;
    }

    /** The line that names the developer ticket, unique per organisation and ticket. */
    public static String marker(DevTicket ticket) {
        return MARKER + ticket.id().value() + " (organisation " + ticket.organisationId().value() + ")";
    }

    public static boolean names(String description, DevTicket ticket) {
        String marker = marker(ticket);
        for (String line : description.split("\n")) {
            if (line.equals(marker)) {
                return true;
            }
        }
        return false;
    }
}
