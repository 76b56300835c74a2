package dev.loopwright.domain.profile;

import dev.loopwright.domain.common.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rule for who sits on a ticket's council: the main implementer first, then the other members, no repeats. */
public final class Council {
    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 10;

    private Council() {
    }

    /** The council a ticket would run with; throws when it would be too small or too large. */
    public static List<ModelId> compose(ModelId mainImplementer, List<ModelId> members) {
        Set<ModelId> council = new LinkedHashSet<>();
        council.add(mainImplementer);
        council.addAll(members);
        if (council.size() < MIN_SIZE || council.size() > MAX_SIZE) {
            throw ValidationException.of("councilMembers", "the council must have between " + MIN_SIZE + " and "
                    + MAX_SIZE + " distinct models, the main implementer included; got " + council.size());
        }
        return List.copyOf(new ArrayList<>(council));
    }
}
