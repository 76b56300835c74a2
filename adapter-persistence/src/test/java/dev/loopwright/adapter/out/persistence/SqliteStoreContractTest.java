package dev.loopwright.adapter.out.persistence;

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
import dev.loopwright.application.fake.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** Every repository contract against a real SQLite file in a temporary folder. */
class SqliteStoreContractTest {
    @TempDir
    Path folder;

    private Repositories open() {
        SqliteStore store = SqliteStore.open(folder.resolve("data/loopwright.db"), MutableClock.atEpochDay());
        return new Repositories(store.profiles(), store.projects(), store.tickets(), store.attempts(),
                store.artifacts(), store.uiStates(), store.history(), store.errors(), store.sessions(),
                store.notices(), store.unitOfWork());
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Profiles extends ProfileRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Projects extends ProjectRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Tickets extends TicketRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Attempts extends PhaseAttemptRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Artifacts extends ArtifactRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class UiStates extends UiStateRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class History extends StatusHistoryRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Errors extends ErrorOccurrenceRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Sessions extends SessionRegistryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class Notices extends NoticeRepositoryContract {
        @Override
        protected Repositories openRepositories() {
            return open();
        }
    }

    @Nested
    class BeadExecutions extends BeadExecutionRepositoryContract {
        private SqliteStore store;

        @Override
        protected Repositories openRepositories() {
            store = SqliteStore.open(folder.resolve("data/loopwright.db"), MutableClock.atEpochDay());
            return new Repositories(store.profiles(), store.projects(), store.tickets(), store.attempts(),
                    store.artifacts(), store.uiStates(), store.history(), store.errors(), store.sessions(),
                    store.notices(), store.unitOfWork());
        }

        @Override
        protected BeadExecutionRepository beadExecutions() {
            return store.beadExecutions();
        }
    }
}
