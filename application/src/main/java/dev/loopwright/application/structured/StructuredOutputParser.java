package dev.loopwright.application.structured;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a model's reply into a document: finds the candidate text (tag, fence, whole reply, after the prose),
 * parses it as JSON or YAML, applies deterministic repairs when it does not parse, and unwraps a generic
 * wrapper object. Every recovery and repair is reported as a warning. The document is untrusted input: the
 * caller validates it against the artifact's schema and re-serialises it.
 */
public final class StructuredOutputParser {
    /** Wrapper keys models put around the real document. */
    private static final Set<String> WRAPPERS = Set.of("output", "result", "data", "document", "artifact");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Set<String> rootKeys;
    private final Optional<String> tag;

    /**
     * @param rootKeys keys of which the document must have at least one at its top level
     * @param tag the envelope tag the prompt asked for, e.g. {@code INTERVIEW_BATCH}
     */
    public StructuredOutputParser(Set<String> rootKeys, Optional<String> tag) {
        this.rootKeys = Set.copyOf(rootKeys);
        this.tag = Objects.requireNonNull(tag, "tag");
        if (rootKeys.isEmpty()) {
            throw new IllegalArgumentException("name at least one expected top-level key");
        }
    }

    public ParseOutcome parse(String reply) {
        if (reply == null || reply.isBlank()) {
            return new ParseOutcome.Failed(ParseOutcome.FailureClass.EMPTY_RESPONSE, "The reply was empty");
        }
        if (PromptMarkers.isEcho(reply)) {
            return new ParseOutcome.Failed(ParseOutcome.FailureClass.PROMPT_ECHO,
                    "The reply repeats the prompt instead of answering it");
        }
        String lastProblem = "no YAML or JSON document was found";
        for (Candidates.Candidate candidate : Candidates.of(reply, tag, rootKeys)) {
            List<String> warnings = new ArrayList<>();
            if (!candidate.isWholeReply()) {
                warnings.add("recovered the document from " + candidate.origin());
            }
            Optional<JsonNode> parsed = parseWithRepairs(candidate.text(), warnings);
            if (parsed.isEmpty()) {
                continue;
            }
            JsonNode document = unwrap(parsed.get(), warnings);
            if (hasRootKey(document)) {
                return new ParseOutcome.Parsed(document, warnings);
            }
            lastProblem = "the document has none of the expected top-level keys " + String.join(", ", rootKeys.stream()
                    .sorted().toList());
        }
        return new ParseOutcome.Failed(ParseOutcome.FailureClass.NOT_PARSEABLE, lastProblem);
    }

    private Optional<JsonNode> parseWithRepairs(String text, List<String> warnings) {
        Optional<JsonNode> clean = tryParse(text);
        if (clean.isPresent()) {
            return clean;
        }
        String repaired = text;
        List<String> applied = new ArrayList<>();
        for (Repairs.Repair repair : Repairs.ALL) {
            String next = repair.apply().apply(repaired);
            if (!next.equals(repaired)) {
                repaired = next;
                applied.add(repair.description());
                Optional<JsonNode> parsed = tryParse(repaired);
                if (parsed.isPresent()) {
                    warnings.addAll(applied);
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> tryParse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode node = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON.readTree(trimmed)
                    : YAML.readTree(trimmed);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private JsonNode unwrap(JsonNode document, List<String> warnings) {
        JsonNode current = document;
        while (!hasRootKey(current) && current.size() == 1) {
            String key = current.fieldNames().next();
            JsonNode inner = current.get(key);
            if (!WRAPPERS.contains(key) || !inner.isObject()) {
                break;
            }
            warnings.add("removed the wrapper key '" + key + "'");
            current = inner;
        }
        return current;
    }

    private boolean hasRootKey(JsonNode document) {
        return rootKeys.stream().anyMatch(document::has);
    }
}
