package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.domain.profile.ModelId;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    @Test
    void readsModelsConnectedProvidersAndDefaultsAndSkipsUnnameableModels() throws Exception {
        ModelCatalog catalog = CatalogReader.read(OpenCodeHttp.JSON.readTree("""
                {"all": [
                  {"id": "openrouter", "name": "OpenRouter", "models": {
                    "anthropic/claude-x": {"name": "Claude X", "capabilities": {"toolcall": true, "reasoning": true},
                                           "limit": {"context": 200000}, "variants": {"low": {}, "high": {}}},
                    "bad id": {"name": "Spaces are not allowed"}}},
                  {"id": "local", "name": "Local", "models": {"tiny": {"name": "Tiny"}}}],
                 "connected": ["openrouter"],
                 "default": {"openrouter": "anthropic/claude-x"}}
                """));

        assertThat(catalog.models()).extracting(model -> model.id().value())
                .containsExactly("openrouter/anthropic/claude-x", "local/tiny");
        assertThat(catalog.connectedModels()).singleElement().satisfies(model -> {
            assertThat(model.id()).isEqualTo(new ModelId("openrouter/anthropic/claude-x"));
            assertThat(model.name()).isEqualTo("Claude X");
            assertThat(model.providerName()).isEqualTo("OpenRouter");
            assertThat(model.variants()).containsExactly("low", "high");
            assertThat(model.canUseTools()).isTrue();
            assertThat(model.canReason()).isTrue();
            assertThat(model.contextWindow()).isEqualTo(200_000);
        });
        assertThat(catalog.defaultModels()).containsEntry("openrouter", "anthropic/claude-x");
    }

    @Test
    void anAnswerWithoutTheExpectedFieldsIsAnEmptyCatalog() throws Exception {
        ModelCatalog catalog = CatalogReader.read(OpenCodeHttp.JSON.readTree("{\"unexpected\": true}"));

        assertThat(catalog.models()).isEmpty();
        assertThat(catalog.connectedProviders()).isEmpty();
    }
}
