package dev.loopwright.application.preflight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** Every check of one pre-flight run, in order. It passes when nothing failed; warnings do not stop a ticket. */
public record PreflightReport(List<PreflightCheck> checks) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PreflightReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    public List<PreflightCheck> failures() {
        return checks.stream().filter(PreflightCheck::failed).toList();
    }

    public List<PreflightCheck> warnings() {
        return checks.stream().filter(check -> check.result() == CheckResult.WARNING).toList();
    }

    /** One line per failure, every one of them: what the blocked ticket's diagnostics show. */
    public String failureLines() {
        return failures().stream().map(PreflightCheck::line).collect(Collectors.joining("\n"));
    }

    /** The stored report, in the reference's shape: {@code {passed, checks, criticalFailures, warnings}}. */
    public String json() {
        ObjectNode root = JSON.createObjectNode().put("passed", passed());
        checks.forEach(check -> root.withArray("checks").addObject().put("name", check.name())
                .put("category", check.category().wireName()).put("result", check.result().wireName())
                .put("message", check.message()));
        root.putArray("criticalFailures");
        failures().forEach(check -> root.withArray("criticalFailures").add(check.name() + ": " + check.message()));
        root.putArray("warnings");
        warnings().forEach(check -> root.withArray("warnings").add(check.name() + ": " + check.message()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }
}
