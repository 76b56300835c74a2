package dev.loopwright.application.council;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that the refiner's change list accounts for exactly the differences between the winning draft and the
 * refined artifact, item by item (items are compared by stable id and text). The one repair: an item kept under
 * the same id but reworded without a listed change gets a synthesised "modified" entry, with a warning. Every other
 * gap or false claim is an error the refiner is asked to fix.
 */
final class ChangeAccounting {
    private ChangeAccounting() {
    }

    static Validated<List<Change>> check(Map<String, String> winner, Map<String, String> refined,
            List<Change> claimed) {
        List<String> errors = new ArrayList<>();
        Set<String> usedBefore = new HashSet<>();
        Set<String> usedAfter = new HashSet<>();
        for (int i = 0; i < claimed.size(); i++) {
            checkOne("changes[" + (i + 1) + "]", claimed.get(i), winner, refined, usedBefore, usedAfter, errors);
        }
        List<Change> accounted = new ArrayList<>(claimed);
        List<String> warnings = new ArrayList<>();
        for (String id : new LinkedHashSet<>(winner.keySet())) {
            boolean kept = refined.containsKey(id);
            if (kept && !Objects.equals(winner.get(id), refined.get(id)) && !usedBefore.contains(id)
                    && !usedAfter.contains(id)) {
                accounted.add(new Change(Change.Type.MODIFIED, Optional.of(id), Optional.of(id), Optional.empty()));
                warnings.add(id + " was changed without a listed change; a 'modified' entry was added");
            } else if (!kept && !usedBefore.contains(id)) {
                errors.add(id + " was removed, but no change with before: " + id + " says so");
            }
        }
        for (String id : refined.keySet()) {
            if (!winner.containsKey(id) && !usedAfter.contains(id)) {
                errors.add(id + " is new, but no change with after: " + id + " says so");
            }
        }
        if (!errors.isEmpty()) {
            return Validated.invalid("the changes do not account for the refinement: " + String.join("; ", errors));
        }
        return Validated.valid(accounted, warnings);
    }

    private static void checkOne(String field, Change change, Map<String, String> winner, Map<String, String> refined,
            Set<String> usedBefore, Set<String> usedAfter, List<String> errors) {
        boolean needsBefore = change.type() != Change.Type.ADDED;
        boolean needsAfter = change.type() != Change.Type.REMOVED;
        if (needsBefore != change.before().isPresent() || needsAfter != change.after().isPresent()) {
            errors.add(field + " (" + change.type().wireName() + ") must name "
                    + (needsBefore ? "a before item" : "no before item") + " and "
                    + (needsAfter ? "an after item" : "no after item"));
            return;
        }
        change.before().ifPresent(id -> {
            if (!winner.containsKey(id)) {
                errors.add(field + " names before: " + id + ", which is not in the winning draft");
            } else if (!usedBefore.add(id)) {
                errors.add(field + " names before: " + id + " a second time");
            }
        });
        change.after().ifPresent(id -> {
            if (!refined.containsKey(id)) {
                errors.add(field + " names after: " + id + ", which is not in the refined result");
            } else if (!usedAfter.add(id)) {
                errors.add(field + " names after: " + id + " a second time");
            }
        });
        if (change.type() == Change.Type.ADDED && change.after().filter(winner::containsKey).isPresent()) {
            errors.add(field + " adds " + change.after().get() + ", which the winning draft already has");
        }
        if (change.type() == Change.Type.REMOVED && change.before().filter(refined::containsKey).isPresent()) {
            errors.add(field + " removes " + change.before().get() + ", which the refined result still has");
        }
        if (change.before().isPresent() && change.after().isPresent()
                && Objects.equals(winner.get(change.before().get()), refined.get(change.after().get()))) {
            errors.add(field + " changes nothing: before and after are the same");
        }
    }
}
