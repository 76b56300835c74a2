package dev.loopwright.application.council;

import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.LockedSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One seat of a ticket's council: the model and the effort variant it was locked with. */
public record CouncilMember(ModelId model, Optional<String> variant) {
    public CouncilMember {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
    }

    /** The member's name in artifacts and outcomes: its model id. */
    public String id() {
        return model.value();
    }

    /** The locked council in order, main implementer first: the order every tie-break relies on. */
    public static List<CouncilMember> roster(LockedSettings settings) {
        return settings.council().stream()
                .map(model -> new CouncilMember(model, model.equals(settings.mainImplementer())
                        ? settings.mainImplementerVariant()
                        : Optional.ofNullable(settings.councilVariants().get(model))))
                .toList();
    }
}
