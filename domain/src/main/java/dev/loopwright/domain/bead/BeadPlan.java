package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ordered beads of a ticket and the dependency graph between them. A plan is only built when its graph
 * can be executed: unique ids, dependencies on known beads other than itself, and no cycle. Graph questions
 * use {@code blockedBy} only; {@code blocks} is derived from it.
 */
public record BeadPlan(List<Bead> beads) {

    /** Ties on priority are broken by list position, so every ordering below is deterministic. */
    private static final Comparator<Bead> PLAN_ORDER = Comparator.comparingInt(Bead::priority);

    public BeadPlan {
        Violations violations = new Violations();
        beads = FieldChecks.list(violations, "beads", beads);
        if (beads.isEmpty()) {
            violations.add("beads", "a bead plan needs at least one bead");
        }
        for (String id : FieldChecks.duplicates(beads.stream().map(Bead::id).toList())) {
            violations.add("beads", "duplicate bead id " + id);
        }
        Map<String, Bead> byId = indexById(beads);
        for (Bead bead : byId.values()) {
            String field = BeadRules.field(bead.id()) + ".dependencies.blockedBy";
            for (String dependency : bead.blockedBy()) {
                if (dependency.equals(bead.id())) {
                    violations.add(field, "bead " + bead.id() + " depends on itself");
                } else if (!byId.containsKey(dependency)) {
                    violations.add(field, "bead " + bead.id() + " depends on unknown bead " + dependency);
                }
            }
        }
        for (List<String> cycle : new CycleFinder(byId).cycles()) {
            violations.add("beads", "dependency cycle: " + String.join(" -> ", cycle));
        }
        violations.throwIfAny();
    }

    public Optional<Bead> bead(String id) {
        return beads.stream().filter(bead -> bead.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return beads.stream().map(Bead::id).toList();
    }

    /** Beads by priority, ties in list order. */
    public List<Bead> inPlanOrder() {
        List<Bead> ordered = new ArrayList<>(beads);
        ordered.sort(PLAN_ORDER); // List.sort is stable, which keeps list order among equal priorities
        return List.copyOf(ordered);
    }

    /**
     * The same plan with every {@code blocks} list recomputed from the {@code blockedBy} lists, in plan order.
     * Reverse edges are ours to maintain: whatever an earlier writer put there is replaced.
     */
    public BeadPlan withDerivedBlocks() {
        Map<String, List<String>> blocks = new HashMap<>();
        for (Bead bead : beads) {
            for (String dependency : bead.blockedBy()) {
                blocks.computeIfAbsent(dependency, key -> new ArrayList<>()).add(bead.id());
            }
        }
        return new BeadPlan(beads.stream()
                .map(bead -> bead.withBlocks(blocks.getOrDefault(bead.id(), List.of())))
                .toList());
    }

    /**
     * The plan as waves: a bead's wave is one more than the latest wave of its dependencies, so each bead runs
     * as early as its dependencies allow and beads of one wave do not depend on each other.
     */
    public ExecutionWaves executionOrder() {
        Map<String, Bead> byId = indexById(beads);
        Map<String, Integer> waveOf = new HashMap<>();
        List<List<String>> waves = new ArrayList<>();
        for (Bead bead : inPlanOrder()) {
            int wave = waveOf(bead, byId, waveOf);
            while (waves.size() <= wave) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(bead.id());
        }
        return new ExecutionWaves(waves);
    }

    /** Beads not yet done whose dependencies are all done, in plan order. */
    public List<Bead> runnable(Set<String> done) {
        Objects.requireNonNull(done, "done");
        Set<String> unknown = new TreeSet<>(done);
        unknown.removeAll(ids());
        if (!unknown.isEmpty()) {
            throw ValidationException.of("done", "done names unknown beads: " + String.join(", ", unknown));
        }
        return inPlanOrder().stream()
                .filter(bead -> !done.contains(bead.id()))
                .filter(bead -> done.containsAll(bead.blockedBy()))
                .toList();
    }

    /** The bead to run next when beads run one at a time; empty once every bead is done. */
    public Optional<Bead> nextRunnable(Set<String> done) {
        return runnable(done).stream().findFirst();
    }

    private static int waveOf(Bead bead, Map<String, Bead> byId, Map<String, Integer> waveOf) {
        Integer known = waveOf.get(bead.id());
        if (known != null) {
            return known;
        }
        int wave = 0;
        for (String dependency : bead.blockedBy()) {
            wave = Math.max(wave, waveOf(byId.get(dependency), byId, waveOf) + 1);
        }
        waveOf.put(bead.id(), wave);
        return wave;
    }

    /** The first bead of each id, in list order; duplicates are reported separately. */
    private static Map<String, Bead> indexById(List<Bead> beads) {
        Map<String, Bead> byId = new LinkedHashMap<>();
        beads.forEach(bead -> byId.putIfAbsent(bead.id(), bead));
        return byId;
    }

    /**
     * Finds dependency cycles by depth-first search in plan order. Each cycle is named once, starting from its
     * bead that comes first in the plan, with arrows pointing from a bead to the bead it depends on.
     * Self-dependencies and unknown beads are reported on their own and ignored here.
     */
    private static final class CycleFinder {
        private final Map<String, Bead> byId;
        private final Map<String, Integer> position = new HashMap<>();
        private final Set<String> finished = new HashSet<>();
        private final List<String> path = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<List<String>> cycles = new ArrayList<>();

        CycleFinder(Map<String, Bead> byId) {
            this.byId = byId;
            int index = 0;
            for (String id : byId.keySet()) {
                position.put(id, index++);
            }
        }

        List<List<String>> cycles() {
            for (String id : byId.keySet()) {
                if (!finished.contains(id)) {
                    visit(id);
                }
            }
            return cycles;
        }

        private void visit(String id) {
            path.add(id);
            for (String dependency : byId.get(id).blockedBy()) {
                if (dependency.equals(id) || !byId.containsKey(dependency) || finished.contains(dependency)) {
                    continue;
                }
                int onPath = path.indexOf(dependency);
                if (onPath >= 0) {
                    record(new ArrayList<>(path.subList(onPath, path.size())));
                } else {
                    visit(dependency);
                }
            }
            path.remove(path.size() - 1);
            finished.add(id);
        }

        private void record(List<String> cycle) {
            int start = 0;
            for (int i = 1; i < cycle.size(); i++) {
                if (position.get(cycle.get(i)) < position.get(cycle.get(start))) {
                    start = i;
                }
            }
            List<String> named = new ArrayList<>(cycle.subList(start, cycle.size()));
            named.addAll(cycle.subList(0, start));
            named.add(named.get(0));
            if (seen.add(String.join(" -> ", named))) {
                cycles.add(named);
            }
        }
    }
}
