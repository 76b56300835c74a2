package dev.loopwright.domain.council;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether enough council members delivered for a council step to count. */
public final class Quorum {
    private Quorum() {
    }

    /** How a member's part in a council step ended. */
    public enum Outcome { COMPLETED, TIMED_OUT, INVALID_OUTPUT, FAILED }

    /** Empty when met; otherwise the reason, naming every member that did not deliver and why. */
    public static Optional<String> check(Map<String, Outcome> outcomes, int minimum) {
        long completed = outcomes.values().stream().filter(o -> o == Outcome.COMPLETED).count();
        if (completed >= minimum) {
            return Optional.empty();
        }
        List<String> missing = outcomes.entrySet().stream().filter(e -> e.getValue() != Outcome.COMPLETED)
                .map(e -> e.getKey() + " (" + e.getValue().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.toList());
        return Optional.of("Quorum not met: " + completed + " of " + outcomes.size()
                + " members delivered, at least " + minimum + " needed; missing: " + String.join(", ", missing));
    }
}
