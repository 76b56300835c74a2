package dev.loopwright.domain.profile;

import dev.loopwright.domain.common.Violations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The user's settings: which models plan and implement, and every limit the workflow honours.
 * There is one profile; a project may override part of it for its own tickets.
 *
 * @param councilMembers the other council members; the main implementer is always added first
 * @param councilMemberVariants a model's effort variant, by model; any model, since a project may seat models
 *     the profile's council does not
 */
public record Profile(
        Optional<ModelId> mainImplementer,
        Optional<String> mainImplementerVariant,
        List<ModelId> councilMembers,
        Map<ModelId, String> councilMemberVariants,
        boolean manualQaEnabled,
        GitHookPolicy gitHookPolicy,
        IntSettings settings) {

    public static final int MAX_VARIANT = 64;

    public Profile {
        Objects.requireNonNull(mainImplementer, "mainImplementer");
        Objects.requireNonNull(mainImplementerVariant, "mainImplementerVariant");
        Objects.requireNonNull(gitHookPolicy, "gitHookPolicy");
        Objects.requireNonNull(settings, "settings");
        councilMembers = List.copyOf(councilMembers);
        councilMemberVariants = Map.copyOf(councilMemberVariants);

        Violations violations = new Violations();
        mainImplementerVariant.ifPresent(v -> violations.length("mainImplementerVariant", v, 1, MAX_VARIANT));
        councilMemberVariants.values().forEach(v -> violations.length("councilMemberVariants", v, 1, MAX_VARIANT));
        Set<ModelId> council = new LinkedHashSet<>();
        mainImplementer.ifPresent(council::add);
        council.addAll(councilMembers);
        if (council.size() > Council.MAX_SIZE) {
            violations.add("councilMembers", "the council can have at most " + Council.MAX_SIZE
                    + " distinct models, the main implementer included; got " + council.size());
        }
        int quorum = settings.get(IntSetting.MIN_COUNCIL_QUORUM);
        if (mainImplementer.isPresent() && council.size() >= Council.MIN_SIZE && quorum > council.size()) {
            // A quorum larger than the council could never be met: every ticket would block at its first vote.
            violations.add("minCouncilQuorum", "minCouncilQuorum (" + quorum + ") cannot exceed the council size ("
                    + council.size() + ")");
        }
        violations.throwIfAny();
    }

    /** A profile with every default and no models chosen yet. */
    public static Profile defaults() {
        return new Profile(Optional.empty(), Optional.empty(), List.of(), Map.of(), false,
                GitHookPolicy.VALIDATE_EXPLICITLY, IntSettings.defaults());
    }

    public int setting(IntSetting setting) {
        return settings.get(setting);
    }
}
