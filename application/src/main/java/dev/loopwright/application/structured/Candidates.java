package dev.loopwright.application.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in a reply where the document may be, most specific first: inside the requested tag, inside a
 * code fence, the whole reply, and from the first line that starts with an expected key.
 */
final class Candidates {
    private static final Pattern FENCE = Pattern.compile("```[ \\t]*(?:ya?ml|json|jsonl)?[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?```",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

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
        fromFirstKey(reply, rootKeys).ifPresent(rest -> candidates.add(new Candidate(rest, "the text after the prose")));
        return candidates;
    }

    /** The body of {@code <TAG>…</TAG>}; an unterminated tag runs to the end of the reply. */
    static Optional<String> tagBody(String reply, String tag) {
        int open = reply.indexOf("<" + tag + ">");
        if (open < 0) {
            return Optional.empty();
        }
        int start = open + tag.length() + 2;
        int close = reply.indexOf("</" + tag + ">", start);
        return Optional.of(close < 0 ? reply.substring(start) : reply.substring(start, close));
    }

    private static List<String> fenced(String text) {
        List<String> bodies = new ArrayList<>();
        Matcher matcher = FENCE.matcher(text);
        while (matcher.find()) {
            bodies.add(matcher.group(1));
        }
        return bodies;
    }

    private static Optional<String> fromFirstKey(String reply, Set<String> rootKeys) {
        String[] lines = reply.split("\\r?\\n", -1);
        int offset = 0;
        for (String line : lines) {
            for (String key : rootKeys) {
                if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\"")) {
                    return Optional.of(reply.substring(offset));
                }
            }
            offset += line.length() + 1;
        }
        return Optional.empty();
    }
}
