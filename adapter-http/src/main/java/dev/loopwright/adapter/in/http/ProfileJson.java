package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.ProfileChanges;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The profile on the wire: every setting by its field name, timeouts in milliseconds. */
final class ProfileJson {
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private ProfileJson() {
    }

    static Map<String, Object> from(Profile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mainImplementer", profile.mainImplementer().map(ModelId::value).orElse(null));
        json.put("mainImplementerVariant", profile.mainImplementerVariant().orElse(null));
        json.put("councilMembers", profile.councilMembers().stream().map(ModelId::value).toList());
        Map<String, String> variants = new LinkedHashMap<>();
        profile.councilMemberVariants().forEach((model, variant) -> variants.put(model.value(), variant));
        json.put("councilMemberVariants", variants);
        json.put("manualQaEnabled", profile.manualQaEnabled());
        json.put("gitHookPolicy", profile.gitHookPolicy().wireName());
        for (IntSetting setting : IntSetting.values()) {
            json.put(setting.fieldName(), profile.setting(setting));
        }
        return json;
    }

    /** Reads the fields a client sent; absent fields stay as they are. */
    static ProfileChanges changes(JsonInput input) {
        Violations violations = input.violations();
        Change<ModelId> main = input.change("mainImplementer", field -> input.string(field)
                .map(value -> violations.capture(() -> new ModelId(value))));
        Change<String> variant = input.change("mainImplementerVariant", input::string);
        Optional<List<ModelId>> members = councilMembers(input);
        Optional<Map<ModelId, String>> variants = input.stringMap("councilMemberVariants").map(raw -> {
            Map<ModelId, String> byModel = new LinkedHashMap<>();
            raw.forEach((model, value) -> {
                ModelId id = violations.capture(() -> new ModelId(model));
                if (id != null) {
                    byModel.put(id, value);
                }
            });
            return byModel;
        });
        Optional<GitHookPolicy> policy = input.string("gitHookPolicy")
                .map(value -> violations.capture(() -> GitHookPolicy.fromWireName(value)));
        Map<IntSetting, Integer> settings = new EnumMap<>(IntSetting.class);
        for (IntSetting setting : IntSetting.values()) {
            input.integer(setting.fieldName()).ifPresent(value -> settings.put(setting, value));
        }
        Optional<Boolean> manualQa = input.bool("manualQaEnabled");
        input.done();
        return new ProfileChanges(main, variant, members, variants, manualQa, policy, settings);
    }

    /** A list of model ids; a JSON-encoded list in a string (the reference's wire form) is accepted too. */
    private static Optional<List<ModelId>> councilMembers(JsonInput input) {
        Optional<List<String>> raw = input.any("councilMembers").filter(node -> node.isTextual()).isPresent()
                ? input.string("councilMembers").map(ProfileJson::decodeList)
                : input.strings("councilMembers");
        return raw.map(values -> {
            List<ModelId> models = new ArrayList<>();
            for (String value : values) {
                ModelId id = input.violations().capture(() -> new ModelId(value));
                if (id != null) {
                    models.add(id);
                }
            }
            return models;
        });
    }

    private static List<String> decodeList(String text) {
        try {
            String[] values = MAPPER.readValue(text, String[].class);
            return List.of(values);
        } catch (JsonProcessingException | NullPointerException e) {
            throw ApiProblem.badRequest("councilMembers must be a list of model ids");
        }
    }
}
