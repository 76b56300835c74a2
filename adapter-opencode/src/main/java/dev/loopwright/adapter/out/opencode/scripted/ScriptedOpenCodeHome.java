package dev.loopwright.adapter.out.opencode.scripted;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A home folder for an {@code opencode serve} whose only provider is a scripted model server: the config file,
 * and the environment that keeps that OpenCode away from the machine's own config, data and the internet.
 */
public final class ScriptedOpenCodeHome {
    public static final String PROVIDER = "scripted";

    private ScriptedOpenCodeHome() {
    }

    /** Writes the config into {@code home} and returns the environment to start {@code opencode serve} with. */
    public static Map<String, String> prepare(Path home, ScriptedModelServer model) throws IOException {
        Files.createDirectories(home);
        Path config = home.resolve("opencode.json");
        ObjectMapper json = new ObjectMapper();
        Files.writeString(config, json.writerWithDefaultPrettyPrinter().writeValueAsString(
                config(json, model.baseUrl(), model.models())));
        return Map.of(
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                "XDG_STATE_HOME", home.resolve(".local/state").toString(),
                "OPENCODE_CONFIG", config.toString(),
                "OPENCODE_DISABLE_AUTOUPDATE", "1",
                "OPENCODE_DISABLE_MODELS_FETCH", "1");
    }

    private static ObjectNode config(ObjectMapper json, String baseUrl, List<String> modelIds) {
        ObjectNode config = json.createObjectNode();
        ObjectNode provider = config.putObject("provider").putObject(PROVIDER);
        provider.put("npm", "@ai-sdk/openai-compatible").put("name", "Scripted");
        provider.putObject("options").put("baseURL", baseUrl).put("apiKey", "scripted");
        ObjectNode models = provider.putObject("models");
        for (String id : modelIds) {
            ObjectNode model = models.putObject(id);
            model.put("name", id).put("tool_call", true);
            model.putObject("limit").put("context", 100_000).put("output", 4_000);
        }
        String first = PROVIDER + "/" + modelIds.get(0);
        config.put("model", first).put("small_model", first).put("autoupdate", false).put("share", "disabled");
        // Only the scripted provider: the bundled ones would reach for the internet.
        config.putArray("enabled_providers").add(PROVIDER);
        return config;
    }
}
