package dev.loopwright.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class ProjectRepositoryContract extends RepositoryContract {

    @Test
    void createdProjectsGetDistinctIdsAndAreFoundEveryWay() {
        Project shop = project("SHOP");
        Project blog = project("BLOG");
        assertThat(shop.id()).isNotEqualTo(blog.id());
        assertThat(shop.ticketCounter()).isZero();
        assertThat(shop.createdAt()).isEqualTo(T0);
        assertThat(repositories.projects().findById(shop.id())).contains(shop);
        assertThat(repositories.projects().findByShortname(new Shortname("BLOG"))).contains(blog);
        assertThat(repositories.projects().findByFolder(Path.of("/repos/shop"))).contains(shop);
        assertThat(repositories.projects().findById(new ProjectId(999_999))).isEmpty();
        assertThat(repositories.projects().findByShortname(new Shortname("NONE"))).isEmpty();
    }

    @Test
    void projectsAreListedByName() {
        project("ZED");
        project("ABC");
        project("MID");
        assertThat(repositories.projects().findAll()).extracting(p -> p.shortname().value())
                .containsExactly("ABC", "MID", "ZED");
    }

    @Test
    void anUpdateStoresDetailsAndOverridesButNotTheCounter() {
        Project shop = project("SHOP");
        repositories.projects().nextTicketNumber(shop.id());
        ProjectOverrides overrides = new ProjectOverrides(Optional.of(List.of(new ModelId("a/b"))), Optional.of(false),
                Optional.of(GitHookPolicy.USE_ON_INTERNAL_COMMITS), Map.of(IntSetting.MAX_PARALLEL_BEADS, 4));
        Project changed = shop.withDetails(ProjectDetails.of("Renamed", "🛒", "#112233"), overrides, at(60));
        repositories.projects().update(changed);

        Project stored = repositories.projects().findById(shop.id()).orElseThrow();
        assertThat(stored.details()).isEqualTo(changed.details());
        assertThat(stored.overrides()).isEqualTo(overrides);
        assertThat(stored.updatedAt()).isEqualTo(at(60));
        assertThat(stored.ticketCounter()).as("the counter is only advanced by nextTicketNumber").isEqualTo(1);
    }

    @Test
    void ticketNumbersCountUpFromOnePerProject() {
        Project shop = project("SHOP");
        Project blog = project("BLOG");
        assertThat(repositories.projects().nextTicketNumber(shop.id())).isEqualTo(1);
        assertThat(repositories.projects().nextTicketNumber(shop.id())).isEqualTo(2);
        assertThat(repositories.projects().nextTicketNumber(blog.id())).isEqualTo(1);
        assertThat(repositories.projects().findById(shop.id()).orElseThrow().ticketCounter()).isEqualTo(2);
    }

    @Test
    void anUnknownProjectHasNoTicketNumbers() {
        assertThatThrownBy(() -> repositories.projects().nextTicketNumber(new ProjectId(424_242)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingRemovesOnlyThatProject() {
        Project shop = project("SHOP");
        Project blog = project("BLOG");
        assertThat(repositories.projects().delete(shop.id())).isTrue();
        assertThat(repositories.projects().delete(shop.id())).isFalse();
        assertThat(repositories.projects().findAll()).containsExactly(blog);
    }
}
