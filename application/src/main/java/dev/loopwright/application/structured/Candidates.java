package dev.loopwright.application.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in a reply where the document may be, most specific first: inside the requested tag, inside a
 * code fence, the whole reply, from the first line that starts with an expected key up to any prose after
 * the document, and the outermost braces of a JSON object written inside a sentence.
 */
final class Candidates {
    /**
     * A ``` or ~~~ fence. The closing fence must start its own line at column 0: a fence inside a YAML block
     * scalar (a code sample in a question) is indented and must not end the document early.
     */
    private static final Pattern FENCE = Pattern.compile(
            "(```|~~~)[ \\t]*(?:ya?ml|json|jsonl)?[ \\t]*\\r?\\n(.*?)^\\1[ \\t]*\\r?$",
            Pattern.DOTALL | Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    /**
     * What a top-level line of a YAML or JSON document can start with; anything else at column 0 is prose. Any
     * "text:" counts as a key, so a line is cut only when it cannot be YAML at all.
     */
    private static final Pattern DOCUMENT_LINE = Pattern.compile("^(?:[\\s#\\-{}\\[\\]\"'.]|[^:]+:(?:\\s|$))");

    /** Where a candidate came from; anything but the whole reply is recorded as a recovery. */
    record Candidate(String text, String origin) {
        boolean isWholeReply() {
            return origin.equals("the whole reply");
        }
    }

    private Candidates() {
    }

    static List<Candidate> of(String reply, Optional<String> tag, Set<String> rootKeys) {
        List<Candidate> candidates = new ArrayList<>();
        tag.flatMap(name -> tagBody(reply, name)).ifPresent(body -> {
            candidates.add(new Candidate(body, "the <" + tag.get() + "> block"));
            fenced(body).forEach(fence -> candidates.add(new Candidate(fence, "a code fence in the <" + tag.get() + "> block")));
        });
        fenced(reply).forEach(fence -> candidates.add(new Candidate(fence, "a code fence")));
        candidates.add(new Candidate(reply, "the whole reply"));
        fromFirstKey(reply, rootKeys).ifPresent(candidates::add);
        outermostBraces(reply).ifPresent(json -> candidates.add(new Candidate(json, "the braces inside the prose")));
        return candidates;
    }

    /**
     * The body of {@code <TAG>…</TAG>}; an unterminated tag runs to the end of the reply. An opening tag at the
     * start of a line wins over one named in the prose before it ("I will wrap it in <TAG> tags").
     */
    static Optional<String> tagBody(String reply, String tag) {
        String opening = "<" + tag + ">";
        int first = reply.indexOf(opening);
        if (first < 0) {
            return Optional.empty();
        }
        int open = first;
        while (open > 0 && reply.charAt(open - 1) != '\n') {
            open = reply.indexOf(opening, open + 1);
            if (open < 0) {
                open = first;
                break;
            }
        }
        int start = open + tag.length() + 2;
        int close = reply.indexOf("</" + tag + ">", start);
        return Optional.of(close < 0 ? reply.substring(start) : reply.substring(start, close));
    }

    private static List<String> fenced(String text) {
        List<String> bodies = new ArrayList<>();
        Matcher matcher = FENCE.matcher(text);
        while (matcher.find()) {
            bodies.add(matcher.group(2));
        }
        return bodies;
    }

    /**
     * From the first line that starts with an expected key; a later column-0 line that cannot belong to the
     * document ("Let me know if…") ends it, since YAML would otherwise reject the whole candidate.
     */
    private static Optional<Candidate> fromFirstKey(String reply, Set<String> rootKeys) {
        String[] lines = reply.split("\n", -1);
        int offset = 0;
        int start = -1;
        for (String line : lines) {
            if (start < 0 && startsWithKey(line, rootKeys)) {
                start = offset;
            } else if (start >= 0 && !line.isBlank() && !DOCUMENT_LINE.matcher(line).find()) {
                return Optional.of(new Candidate(reply.substring(start, offset), "the text between the prose"));
            }
            offset += line.length() + 1;
        }
        return start < 0 ? Optional.empty()
                : Optional.of(new Candidate(reply.substring(start), "the text after the prose"));
    }

    private static boolean startsWithKey(String line, Set<String> rootKeys) {
        return rootKeys.stream().anyMatch(key -> line.startsWith(key + ":") || line.startsWith("\"" + key + "\""));
    }

    /** A JSON object written inside a sentence: "Here it is: {…} Hope this helps." */
    private static Optional<String> outermostBraces(String reply) {
        int open = reply.indexOf('{');
        int close = reply.lastIndexOf('}');
        return open >= 0 && close > open && (open > 0 || close < reply.length() - 1)
                ? Optional.of(reply.substring(open, close + 1)) : Optional.empty();
    }
}
