package dev.loopwright.application.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code <BEAD_STATUS>{"bead_id": …, "status": "done"|"error", …}</BEAD_STATUS>} marker a coding agent ends
 * with. The reply is untrusted: finding the marker is tolerant (any tagged block, code fences, an unclosed last tag,
 * a few spellings of status), but what it says is checked strictly — the bead id must be the active bead's, the
 * status one we know, and every quality gate it reports must have passed for "done" to count.
 */
final class CompletionMarker {
    static final String TAG = "BEAD_STATUS";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOCK = Pattern.compile("<" + TAG + ">(.*?)</" + TAG + ">", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("^```[a-zA-Z]*\\s*|\\s*```$");
    private static final Set<String> DONE = Set.of("done", "complete", "completed", "success", "succeeded");
    private static final Set<String> ERROR = Set.of("error", "failed", "fail", "blocked");
    private static final Set<String> PASS = Set.of("pass", "passed", "ok", "success", "true");
    private static final int MAX_MARKER_CHARS = 20_000;

    /** What the marker says. */
    sealed interface Reading permits Done, NotDone, Invalid {
    }

    /** The agent says the bead is done and every gate it reports passed. */
    record Done() implements Reading {
    }

    /** A valid marker that says the bead is not done, and why. */
    record NotDone(String reason) implements Reading {
    }

    /** No usable marker: missing, unreadable or inconsistent. Worth one corrective prompt. */
    record Invalid(String problem) implements Reading {
    }

    private CompletionMarker() {
    }

    static Reading read(String reply, String beadId) {
        List<String> candidates = candidates(reply);
        if (candidates.isEmpty()) {
            return new Invalid("no <" + TAG + "> marker was found at the end of the reply");
        }
        String problem = "";
        for (String candidate : candidates) {
            Optional<JsonNode> node = parse(candidate);
            if (node.isEmpty()) {
                problem = "the <" + TAG + "> marker does not hold a JSON object";
                continue;
            }
            return interpret(node.get(), beadId);
        }
        return new Invalid(problem);
    }

    private static Reading interpret(JsonNode node, String beadId) {
        JsonNode id = first(node, "bead_id", "beadId", "id");
        if (id == null || !id.isTextual() || !id.asText().strip().equals(beadId)) {
            return new Invalid("the marker's bead_id must be \"" + beadId + "\", got "
                    + (id == null ? "nothing" : id.toString()));
        }
        JsonNode status = node.get("status");
        String value = status == null || !status.isTextual() ? "" : status.asText().strip().toLowerCase(Locale.ROOT);
        if (ERROR.contains(value)) {
            JsonNode reason = first(node, "reason", "error", "message");
            return new NotDone(reason != null && reason.isTextual() && !reason.asText().isBlank()
                    ? clip(reason.asText().strip()) : "the agent reported the bead as failed without a reason");
        }
        if (!DONE.contains(value)) {
            return new Invalid("the marker's status must be \"done\" or \"error\", got "
                    + (status == null ? "nothing" : status.toString()));
        }
        JsonNode checks = first(node, "checks", "gates", "quality_gates");
        if (checks != null && checks.isObject()) {
            List<String> failing = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> gates = checks.fields();
            while (gates.hasNext()) {
                Map.Entry<String, JsonNode> gate = gates.next();
                if (!passes(gate.getValue())) {
                    failing.add(gate.getKey() + "=" + gate.getValue().asText());
                }
            }
            if (!failing.isEmpty()) {
                return new NotDone("the agent reported done, but these checks did not pass: "
                        + String.join(", ", failing));
            }
        }
        return new Done();
    }

    private static boolean passes(JsonNode gate) {
        if (gate.isBoolean()) {
            return gate.asBoolean();
        }
        return gate.isTextual() && PASS.contains(gate.asText().strip().toLowerCase(Locale.ROOT));
    }

    /** Tagged blocks, last first (the marker ends the reply), then the text after an unclosed last tag. */
    private static List<String> candidates(String reply) {
        List<String> found = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(reply);
        while (matcher.find()) {
            found.add(0, matcher.group(1));
        }
        int lastOpen = reply.lastIndexOf("<" + TAG + ">");
        int lastClose = reply.lastIndexOf("</" + TAG + ">");
        if (lastOpen >= 0 && lastOpen > lastClose) {
            found.add(0, reply.substring(lastOpen + TAG.length() + 2));
        }
        return found;
    }

    private static Optional<JsonNode> parse(String candidate) {
        String text = FENCE.matcher(candidate.strip()).replaceAll("").strip();
        if (text.length() > MAX_MARKER_CHARS) {
            return Optional.empty();
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text.substring(start, end + 1));
            if (node != null && node.isObject() && node.size() == 1) {
                JsonNode inner = node.elements().next();
                if (inner.isObject() && !node.has("status")) {
                    node = inner; // a wrapper key such as {"bead_status": {...}}
                }
            }
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            if (node.has(name)) {
                return node.get(name);
            }
        }
        return null;
    }

    private static String clip(String text) {
        return text.length() <= 1_000 ? text : text.substring(0, 1_000) + "…";
    }
}
