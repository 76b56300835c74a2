package dev.loopwright.application.fake;

import dev.loopwright.application.contract.ArtifactRepositoryContract;
import dev.loopwright.application.contract.BeadExecutionRepositoryContract;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.contract.PhaseAttemptRepositoryContract;
import dev.loopwright.application.contract.ProfileRepositoryContract;
import dev.loopwright.application.contract.ProjectRepositoryContract;
import dev.loopwright.application.contract.NoticeRepositoryContract;
import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.contract.SessionRegistryContract;
import dev.loopwright.application.contract.ErrorOccurrenceRepositoryContract;
import dev.loopwright.application.contract.StatusHistoryRepositoryContract;
import dev.loopwright.application.contract.TicketRepositoryContract;
import dev.loopwright.application.contract.UiStateRepositoryContract;
import dev.loopwright.application.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes honour the same contracts as the real store, so tests that use them mean something. */
class InMemoryRepositoriesContractTest {

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Profiles extends ProfileRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Projects extends ProjectRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Tickets extends TicketRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Attempts extends PhaseAttemptRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Artifacts extends ArtifactRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class UiStates extends UiStateRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class History extends StatusHistoryRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Errors extends ErrorOccurrenceRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Sessions extends SessionRegistryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class Notices extends NoticeRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }
    }

    @Nested
    class BeadExecutions extends BeadExecutionRepositoryContract {
        private final InMemoryBeadExecutionRepository beadExecutions = new InMemoryBeadExecutionRepository();

        @Override
        protected Repositories openRepositories() {
            return InMemoryRepositories.create();
        }

        @Override
        protected BeadExecutionRepository beadExecutions() {
            return beadExecutions;
        }
    }
}
