package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.port.in.ModelsView;
import dev.loopwright.application.port.in.ModelOption;
import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogServiceTest {

    @Test
    void connectedModelsAreListedByProviderThenName() {
        ModelsView view = new ModelCatalogService(new FixedCatalogModelRuntime(List.of(new ModelId("zeta/b"),
                new ModelId("alpha/z"), new ModelId("alpha/a")))).models(false);
        assertThat(view.models()).extracting(ModelOption::id).extracting(ModelId::value)
                .containsExactly("alpha/a", "alpha/z", "zeta/b");
        assertThat(view.message()).isEmpty();
    }

    @Test
    void anUnreachableRuntimeGivesEmptyListsAndTellsHowToStartIt() {
        ModelsView view = new ModelCatalogService(FixedCatalogModelRuntime.unreachable()).models(true);
        assertThat(view.models()).isEmpty();
        assertThat(view.connectedProviders()).isEmpty();
        assertThat(view.message()).contains("OpenCode server is not reachable. Start it with `opencode serve`.");
    }
}
