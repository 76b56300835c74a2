package dev.loopwright.application.structured;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a model's reply into a document: finds the candidate text (tag, fence, whole reply, around the prose,
 * braces in a sentence), parses it as JSON or YAML (strict first, then lenient JSON), applies deterministic
 * repairs when it does not parse, and unwraps a generic
 * wrapper object. Every recovery and repair is reported as a warning. The document is untrusted input: the
 * caller validates it against the artifact's schema and re-serialises it.
 */
public final class StructuredOutputParser {
    /** Wrapper keys models put around the real document. */
    private static final Set<String> WRAPPERS = Set.of("output", "result", "data", "document", "artifact");

    /**
     * Longer replies are refused before any parsing: no artifact we ask for comes near this, and every candidate
     * and repair is another pass over the text. (SnakeYAML's own 3 MB stream limit is above it; the application
     * module may not name SnakeYAML's types to set it.)
     */
    static final int MAX_REPLY_CHARS = 1_000_000;
    private static final char BOM = '\uFEFF';

    // Duplicate keys are refused rather than last-wins: a model that writes a key twice has usually written two
    // versions of an answer, and silently keeping one would hide that from the corrective retry.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Comments, trailing commas, single quotes and unquoted names: tried only after strict JSON, with a warning. */
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // The builder starts from no parser features, unlike new YAMLFactory(); without this "key:" reads as "".
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build());

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

    public ParseOutcome parse(String rawReply) {
        if (rawReply != null && rawReply.length() > MAX_REPLY_CHARS) {
            return new ParseOutcome.Failed(ParseOutcome.FailureClass.OUTPUT_TOO_LARGE, "The reply has "
                    + rawReply.length() + " characters; at most " + MAX_REPLY_CHARS + " are read");
        }
        String reply = rawReply == null ? null : withoutBom(rawReply);
        if (reply == null || reply.isBlank()) {
            return new ParseOutcome.Failed(ParseOutcome.FailureClass.EMPTY_RESPONSE, "The reply was empty");
        }
        if (PromptMarkers.isEcho(reply)) {
            return new ParseOutcome.Failed(ParseOutcome.FailureClass.PROMPT_ECHO,
                    "The reply repeats the prompt instead of answering it");
        }
        String lastProblem = null;
        for (Candidates.Candidate candidate : Candidates.of(reply, tag, rootKeys)) {
            List<String> warnings = new ArrayList<>();
            if (!candidate.isWholeReply()) {
                warnings.add("recovered the document from " + candidate.origin());
            }
            Attempt parsed = parseWithRepairs(candidate.text(), warnings);
            if (parsed.document().isEmpty()) {
                // The first candidate's error is the one the model can act on; later candidates are guesses.
                lastProblem = lastProblem == null ? parsed.problem() : lastProblem;
                continue;
            }
            JsonNode document = unwrap(parsed.document().get(), warnings);
            if (hasRootKey(document)) {
                return new ParseOutcome.Parsed(document, warnings);
            }
            lastProblem = "the document has none of the expected top-level keys " + String.join(", ", rootKeys.stream()
                    .sorted().toList());
        }
        return new ParseOutcome.Failed(ParseOutcome.FailureClass.NOT_PARSEABLE,
                lastProblem == null ? "no YAML or JSON document was found" : lastProblem);
    }

    /** A candidate's text read into an object, or why it could not be. */
    private record Attempt(Optional<JsonNode> document, String problem) {
        static Attempt of(JsonNode document) {
            return new Attempt(Optional.of(document), "");
        }

        static Attempt failed(String problem) {
            return new Attempt(Optional.empty(), problem);
        }
    }

    private Attempt parseWithRepairs(String text, List<String> warnings) {
        Attempt clean = tryParse(text, JSON);
        if (clean.document().isPresent()) {
            return clean;
        }
        Attempt lenient = looksLikeJson(text) ? tryParse(text, LENIENT_JSON) : clean;
        if (lenient.document().isPresent()) {
            warnings.add("accepted non-standard JSON (comments, trailing commas, single quotes or unquoted keys)");
            return lenient;
        }
        String repaired = text;
        List<String> applied = new ArrayList<>();
        for (Repairs.Repair repair : Repairs.ALL) {
            String next = repair.apply().apply(repaired);
            if (!next.equals(repaired)) {
                repaired = next;
                applied.add(repair.description());
                Attempt parsed = tryParse(repaired, JSON);
                if (parsed.document().isPresent()) {
                    warnings.addAll(applied);
                    return parsed;
                }
            }
        }
        return clean;
    }

    /** Parses text that starts like JSON with {@code json}, anything else as YAML. */
    private static Attempt tryParse(String text, ObjectMapper json) {
        // Trailing whitespace is cut down to one line break, not removed: a block scalar (|) at the end of the
        // document keeps its final newline.
        String trimmed = withoutBom(text).stripLeading().stripTrailing() + "\n";
        if (trimmed.isBlank()) {
            return Attempt.failed("no YAML or JSON document was found");
        }
        try {
            boolean isJson = looksLikeJson(trimmed);
            if (!isJson && usesAliases(trimmed)) {
                return Attempt.failed("the document uses YAML aliases (*name), which are not expanded: write every value out"
                        + " in full and quote any value that starts with *");
            }
            JsonNode node = (isJson ? json : YAML).readTree(trimmed);
            return node != null && node.isObject() ? Attempt.of(node)
                    : Attempt.failed("the document is not a mapping of keys to values");
        } catch (IOException | RuntimeException e) {
            String firstLine = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return Attempt.failed("the document could not be read: " + firstLine);
        }
    }

    /**
     * Jackson does not expand YAML aliases: it reads {@code *name} as the string "name", which would silently
     * put anchor names where the model meant values. (So no billion-laughs expansion is possible either.)
     */
    private static boolean usesAliases(String yaml) throws IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            while (parser.nextToken() != null) {
                if (((YAMLParser) parser).isCurrentAlias()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutBom(String text) {
        return text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1);
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = withoutBom(text).strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
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
