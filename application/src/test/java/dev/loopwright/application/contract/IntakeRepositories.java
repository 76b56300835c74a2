package dev.loopwright.application.contract;

import dev.loopwright.application.port.out.intake.ApiTokenRepository;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.ClientRepository;
import dev.loopwright.application.port.out.intake.CommentRepository;
import dev.loopwright.application.port.out.intake.DevTicketRepository;
import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.OrganisationRepository;

/** Every intake repository of one store, so the contract can set up related rows. */
public record IntakeRepositories(
        OrganisationRepository organisations,
        ClientRepository clients,
        IntakeProjectRepository projects,
        FeedbackRepository feedback,
        CommentRepository comments,
        BoardRepository boards,
        DevTicketRepository devTickets,
        ApiTokenRepository tokens) {
}
