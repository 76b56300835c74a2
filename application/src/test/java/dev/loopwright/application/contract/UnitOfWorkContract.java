package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class UnitOfWorkContract extends RepositoryContract {

    @Test
    void afterCommitRunsAtOnceOutsideAUnitAndAfterTheOutermostCommitInsideOne() {
        List<String> order = new ArrayList<>();
        repositories.unitOfWork().afterCommit(() -> order.add("outside"));
        repositories.unitOfWork().inTransaction(() -> {
            repositories.unitOfWork().inTransaction(() -> repositories.unitOfWork().afterCommit(() -> order.add("inner")));
            order.add("outer body done");
        });

        assertThat(order).containsExactly("outside", "outer body done", "inner");
    }

    @Test
    void afterCommitNeverRunsWhenTheUnitFails() {
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> repositories.unitOfWork().inTransaction(() -> {
            repositories.unitOfWork().afterCommit(() -> ran.add("announced"));
            throw new IllegalStateException("storage failed");
        })).isInstanceOf(IllegalStateException.class);

        repositories.unitOfWork().inTransaction(() -> { });
        assertThat(ran).isEmpty();
    }
}
