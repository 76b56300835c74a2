package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.RelativePaths;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.ticket.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One bead of the final plan: the smallest unit of work a coding agent implements and tests on its own.
 * The council wrote its content (title to test commands), expansion its id, type, labels, dependencies and
 * target files; we own the rest (priority, status, reverse edges, notes, iteration, timestamps).
 *
 * @param priority the bead's place in the plan, from 1; lower runs first when several could run
 * @param externalRef the ticket the bead belongs to
 * @param targetFiles project-relative files the bead is expected to touch
 * @param failedIterationNotes why earlier iterations failed, handed to the next fresh agent
 * @param userRetryNotes what the user asked for when retrying the bead
 * @param finalizationFailureNotes why committing a finished bead failed
 * @param iteration the current attempt, from 1
 * @param createdAt stamped when the plan is approved
 * @param beadStartCommit the commit the bead started from, to reset to on retry
 */
public record Bead(
        String id,
        String title,
        List<String> prdRefs,
        String description,
        ContextGuidance contextGuidance,
        List<String> acceptanceCriteria,
        List<String> tests,
        List<String> testCommands,
        int priority,
        BeadStatus status,
        String issueType,
        ExternalId externalRef,
        List<String> labels,
        BeadDependencies dependencies,
        List<String> targetFiles,
        List<BeadNote> failedIterationNotes,
        List<BeadNote> userRetryNotes,
        List<BeadNote> finalizationFailureNotes,
        int iteration,
        Optional<Instant> createdAt,
        Optional<Instant> updatedAt,
        Optional<Instant> startedAt,
        Optional<Instant> completedAt,
        Optional<String> beadStartCommit) {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,64}");

    public Bead {
        String field = BeadRules.field(id);
        Violations violations = new Violations();
        BeadRules.checkId(violations, field + ".id", id);
        prdRefs = FieldChecks.texts(violations, field + ".prdRefs", prdRefs);
        acceptanceCriteria = FieldChecks.texts(violations, field + ".acceptanceCriteria", acceptanceCriteria);
        tests = FieldChecks.texts(violations, field + ".tests", tests);
        testCommands = FieldChecks.texts(violations, field + ".testCommands", testCommands);
        BeadRules.checkContent(violations, field, title, description, contextGuidance, acceptanceCriteria, tests,
                testCommands);

        if (priority < 1) {
            violations.add(field + ".priority", field + ".priority must be at least 1, got " + priority);
        }
        violations.required(field + ".status", status);
        FieldChecks.text(violations, field + ".issueType", issueType);
        violations.required(field + ".externalRef", externalRef);
        labels = FieldChecks.texts(violations, field + ".labels", labels);
        violations.required(field + ".dependencies", dependencies);
        targetFiles = FieldChecks.texts(violations, field + ".targetFiles", targetFiles);
        for (int i = 0; i < targetFiles.size(); i++) {
            RelativePaths.check(violations, field + ".targetFiles[" + i + "]", targetFiles.get(i));
        }
        failedIterationNotes = FieldChecks.list(violations, field + ".failedIterationNotes", failedIterationNotes);
        userRetryNotes = FieldChecks.list(violations, field + ".userRetryNotes", userRetryNotes);
        finalizationFailureNotes = FieldChecks.list(violations, field + ".finalizationFailureNotes",
                finalizationFailureNotes);
        if (iteration < 1) {
            violations.add(field + ".iteration", field + ".iteration must be at least 1, got " + iteration);
        }
        createdAt = FieldChecks.orEmpty(createdAt);
        updatedAt = FieldChecks.orEmpty(updatedAt);
        startedAt = FieldChecks.orEmpty(startedAt);
        completedAt = FieldChecks.orEmpty(completedAt);
        beadStartCommit = FieldChecks.orEmpty(beadStartCommit);
        beadStartCommit.ifPresent(sha -> violations.matches(field + ".beadStartCommit", sha, COMMIT,
                "a git commit id (7 to 64 lowercase hex digits), got '" + sha + "'"));
        violations.throwIfAny();
    }

    /**
     * The final bead from its blueprint and its expansion: content copied from the blueprint as is, a fresh
     * pending state at iteration 1, no notes, and no reverse edges yet (the plan derives them).
     */
    public static Bead hydrate(BeadBlueprint blueprint, BeadExpansion expansion, int priority,
            ExternalId externalRef, Instant now) {
        return new Bead(expansion.id(), blueprint.title(), blueprint.prdRefs(), blueprint.description(),
                blueprint.contextGuidance(), blueprint.acceptanceCriteria(), blueprint.tests(),
                blueprint.testCommands(), priority, BeadStatus.PENDING, expansion.issueType(), externalRef,
                expansion.labels(), BeadDependencies.blockedBy(expansion.blockedBy()), expansion.targetFiles(),
                List.of(), List.of(), List.of(), 1, Optional.of(now), Optional.of(now), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public List<String> blockedBy() {
        return dependencies.blockedBy();
    }

    /** The same bead created at {@code approvedAt}: a plan's beads count as created when the plan is approved. */
    public Bead createdAt(Instant approvedAt) {
        return new Bead(id, title, prdRefs, description, contextGuidance, acceptanceCriteria, tests, testCommands,
                priority, status, issueType, externalRef, labels, dependencies, targetFiles, failedIterationNotes,
                userRetryNotes, finalizationFailureNotes, iteration, Optional.of(approvedAt), updatedAt, startedAt,
                completedAt, beadStartCommit);
    }

    /** The same bead with {@code blocks} replaced; used when the plan recomputes reverse edges. */
    public Bead withBlocks(List<String> blocks) {
        return new Bead(id, title, prdRefs, description, contextGuidance, acceptanceCriteria, tests, testCommands,
                priority, status, issueType, externalRef, labels,
                new BeadDependencies(dependencies.blockedBy(), blocks), targetFiles, failedIterationNotes,
                userRetryNotes, finalizationFailureNotes, iteration, createdAt, updatedAt, startedAt, completedAt,
                beadStartCommit);
    }
}
