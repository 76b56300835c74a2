package dev.loopwright.application.fake;

import dev.loopwright.application.contract.Repositories;

/** A fresh, empty in-memory store. */
public final class InMemoryRepositories {
    private InMemoryRepositories() {
    }

    public static Repositories create() {
        InMemoryPhaseAttemptRepository attempts = new InMemoryPhaseAttemptRepository();
        return new Repositories(new InMemoryProfileRepository(), new InMemoryProjectRepository(),
                new InMemoryTicketRepository(), attempts, new InMemoryArtifactRepository(attempts),
                new InMemoryUiStateRepository(), new InMemoryStatusHistoryRepository(),
                new InMemoryErrorOccurrenceRepository(), new InMemorySessionRegistry(), new InMemoryNoticeRepository(),
                new InMemoryUnitOfWork());
    }
}
