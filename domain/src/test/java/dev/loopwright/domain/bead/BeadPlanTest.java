package dev.loopwright.domain.bead;

import static dev.loopwright.domain.bead.Beads.bead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BeadPlanTest {

    /** a; then b and c (both need a); then d (needs b and c). */
    private static BeadPlan diamond() {
        return new BeadPlan(List.of(bead("a", 1), bead("b", 2, "a"), bead("c", 3, "a"), bead("d", 4, "b", "c")));
    }

    @Test
    void aDiamondRunsInThreeWaves() {
        ExecutionWaves waves = diamond().executionOrder();
        assertThat(waves.waves()).containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
        assertThat(waves.count()).isEqualTo(3);
        assertThat(waves.sequence()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void independentBeadsShareTheFirstWaveInPriorityOrder() {
        BeadPlan plan = new BeadPlan(List.of(bead("z", 3), bead("y", 1), bead("x", 2, "y")));
        assertThat(plan.executionOrder().waves()).containsExactly(List.of("y", "z"), List.of("x"));
    }

    @Test
    void wavesAreDeterministic() {
        BeadPlan plan = new BeadPlan(List.of(bead("p", 1), bead("q", 1), bead("r", 1), bead("s", 2, "r")));
        // equal priorities keep list order
        assertThat(plan.executionOrder().waves()).containsExactly(List.of("p", "q", "r"), List.of("s"));
        assertThat(plan.executionOrder()).isEqualTo(plan.executionOrder());
        assertThat(new BeadPlan(plan.beads()).executionOrder()).isEqualTo(plan.executionOrder());
    }

    @Test
    void aBeadRunsInTheWaveAfterItsLatestDependency() {
        BeadPlan plan = new BeadPlan(List.of(bead("a", 1), bead("b", 2, "a"), bead("c", 3, "b"), bead("d", 4, "a")));
        assertThat(plan.executionOrder().waves()).containsExactly(List.of("a"), List.of("b", "d"), List.of("c"));
    }

    @Test
    void anUnknownDependencyIsNamed() {
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("b1", 1), bead("b3", 2, "b1", "x9"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("bead b3 depends on unknown bead x9");
    }

    @Test
    void aBeadCannotDependOnItself() {
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("b2", 1, "b2"))))
                .hasMessage("bead b2 depends on itself");
    }

    @Test
    void aTwoBeadCycleIsNamed() {
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("a", 1, "b"), bead("b", 2, "a"))))
                .hasMessage("dependency cycle: a -> b -> a");
    }

    @Test
    void aThreeBeadCycleIsNamedFromItsFirstBeadInThePlan() {
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("a", 1, "b"), bead("b", 2, "c"), bead("c", 3, "a"))))
                .hasMessage("dependency cycle: a -> b -> c -> a");
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("start", 1), bead("c", 2, "a"), bead("a", 3, "b"),
                bead("b", 4, "c", "start"))))
                .hasMessage("dependency cycle: c -> a -> b -> c");
    }

    @Test
    void duplicateIdsAndAnEmptyPlanAreRefused() {
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("a", 1), bead("a", 2))))
                .hasMessage("duplicate bead id a");
        assertThatThrownBy(() -> new BeadPlan(List.of())).hasMessage("a bead plan needs at least one bead");
    }

    @Test
    void everyGraphProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new BeadPlan(List.of(bead("a", 1, "a"), bead("b", 2, "c"), bead("c", 3, "b", "q"),
                bead("a", 4))))
                .hasMessage("duplicate bead id a; bead a depends on itself; bead c depends on unknown bead q; "
                        + "dependency cycle: b -> c -> b");
    }

    @Test
    void blocksAreDerivedFromBlockedBy() {
        BeadPlan plan = diamond().withDerivedBlocks();
        assertThat(plan.bead("a").orElseThrow().dependencies().blocks()).containsExactly("b", "c");
        assertThat(plan.bead("b").orElseThrow().dependencies().blocks()).containsExactly("d");
        assertThat(plan.bead("d").orElseThrow().dependencies().blocks()).isEmpty();
        assertThat(plan.bead("d").orElseThrow().blockedBy()).containsExactly("b", "c");
    }

    @Test
    void derivingReplacesWhateverBlocksSaidBefore() {
        Bead stale = bead("a", 1).withBlocks(List.of("zzz"));
        BeadPlan plan = new BeadPlan(List.of(stale, bead("b", 2))).withDerivedBlocks();
        assertThat(plan.bead("a").orElseThrow().dependencies().blocks()).isEmpty();
    }

    @Test
    void theNextRunnableBeadFollowsDependenciesAndPriority() {
        BeadPlan plan = diamond();
        assertThat(plan.nextRunnable(Set.of())).map(Bead::id).contains("a");
        assertThat(plan.runnable(Set.of("a"))).extracting(Bead::id).containsExactly("b", "c");
        assertThat(plan.nextRunnable(Set.of("a", "b"))).map(Bead::id).contains("c");
        assertThat(plan.runnable(Set.of("a", "b"))).extracting(Bead::id).containsExactly("c");
        assertThat(plan.nextRunnable(Set.of("a", "b", "c"))).map(Bead::id).contains("d");
        assertThat(plan.nextRunnable(Set.of("a", "b", "c", "d"))).isEmpty();
        assertThatThrownBy(() -> plan.nextRunnable(Set.of("a", "nope")))
                .hasMessage("done names unknown beads: nope");
    }
}
