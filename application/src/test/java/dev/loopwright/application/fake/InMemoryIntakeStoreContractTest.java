package dev.loopwright.application.fake;

import dev.loopwright.application.contract.IntakeRepositories;
import dev.loopwright.application.contract.IntakeRepositoryContract;

/** The in-memory intake fakes honour the same contract as the SQLite store. */
class InMemoryIntakeStoreContractTest extends IntakeRepositoryContract {
    @Override
    protected IntakeRepositories openIntake() {
        InMemoryIntakeStore store = new InMemoryIntakeStore();
        return new IntakeRepositories(store.organisations(), store.clients(), store.projects(), store.feedback(),
                store.comments(), store.boards(), store.devTickets(), store.tokens());
    }
}
