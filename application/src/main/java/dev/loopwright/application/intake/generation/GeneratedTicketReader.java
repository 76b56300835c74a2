package dev.loopwright.application.intake.generation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.intake.DevTicketPriority;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a parsed reply against the ticket's schema. The reply is untrusted: every problem is collected, so one
 * corrective prompt can name them all. Harmless slips are repaired with a warning (a heading in another case,
 * labels as one comma-separated string, repeated or blank labels); anything that would change the ticket's meaning
 * is refused.
 */
public final class GeneratedTicketReader {
    public static final int MAX_TITLE = 200;
    /** Below the workflow ticket's 10,000 so a promoted ticket keeps the whole text and its back-reference. */
    public static final int MAX_DESCRIPTION = 8_000;
    public static final int MAX_LABELS = 10;
    public static final int MAX_LABEL = 40;

    static final String SUMMARY = "Summary";
    static final String ACCEPTANCE_CRITERIA = "Acceptance Criteria";
    private static final Pattern HEADING = Pattern.compile("(?m)^##[ \\t]+(.+?)[ \\t]*#*[ \\t]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t]+\\S");

    /** What became of one reply. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    public record Valid(GeneratedTicket ticket, List<String> warnings) implements Outcome {
        public Valid {
            Objects.requireNonNull(ticket, "ticket");
            warnings = List.copyOf(warnings);
        }
    }

    /** @param problems one sentence per problem, in field order, for the corrective prompt */
    public record Invalid(List<String> problems) implements Outcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    public Outcome read(JsonNode document) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!document.isObject()) {
            return new Invalid(List.of("the reply must be one mapping with title, description, priority and labels"));
        }
        Optional<String> title = title(document.get("title"), problems);
        Optional<String> description = description(document.get("description"), problems, warnings);
        Optional<DevTicketPriority> priority = priority(document.get("priority"), problems);
        List<String> labels = labels(document.get("labels"), problems, warnings);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new GeneratedTicket(title.orElseThrow(), description.orElseThrow(), priority.orElseThrow(),
                labels), warnings);
    }

    private static Optional<String> title(JsonNode value, List<String> problems) {
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            problems.add("title is missing: give a short one-line title");
            return Optional.empty();
        }
        String title = value.asText().strip();
        if (title.contains("\n")) {
            problems.add("title must be one line");
            return Optional.empty();
        }
        if (title.length() > MAX_TITLE) {
            problems.add("title has " + title.length() + " characters; at most " + MAX_TITLE + " are allowed");
            return Optional.empty();
        }
        return Optional.of(title);
    }

    private static Optional<String> description(JsonNode value, List<String> problems, List<String> warnings) {
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            problems.add("description is missing: give Markdown text with '## " + SUMMARY + "' and '## "
                    + ACCEPTANCE_CRITERIA + "' sections");
            return Optional.empty();
        }
        String text = value.asText().replace("\r\n", "\n").strip();
        if (text.length() > MAX_DESCRIPTION) {
            problems.add("description has " + text.length() + " characters; at most " + MAX_DESCRIPTION
                    + " are allowed");
            return Optional.empty();
        }
        List<Section> sections = sections(text);
        Optional<Section> summary = find(sections, SUMMARY);
        Optional<Section> criteria = find(sections, ACCEPTANCE_CRITERIA);
        int before = problems.size();
        if (summary.isEmpty()) {
            problems.add("description has no '## " + SUMMARY + "' section");
        } else if (summary.get().body(text).isBlank()) {
            problems.add("the '## " + SUMMARY + "' section is empty");
        }
        if (criteria.isEmpty()) {
            problems.add("description has no '## " + ACCEPTANCE_CRITERIA + "' section");
        } else if (!LIST_ITEM.matcher(criteria.get().body(text)).find()) {
            problems.add("the '## " + ACCEPTANCE_CRITERIA + "' section needs at least one list item ('- ...')");
        }
        if (summary.isPresent() && criteria.isPresent() && criteria.get().start() < summary.get().start()) {
            problems.add("'## " + SUMMARY + "' must come before '## " + ACCEPTANCE_CRITERIA + "'");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(canonicalHeadings(text, sections, warnings));
    }

    /** Headings the model wrote in another case or with trailing colons are rewritten to ours. */
    private static String canonicalHeadings(String text, List<Section> sections, List<String> warnings) {
        StringBuilder out = new StringBuilder(text);
        for (int i = sections.size() - 1; i >= 0; i--) {
            Section section = sections.get(i);
            for (String canonical : List.of(SUMMARY, ACCEPTANCE_CRITERIA)) {
                if (section.matches(canonical) && !section.name().equals(canonical)) {
                    out.replace(section.start(), section.headingEnd(), "## " + canonical);
                    warnings.add("rewrote the heading '## " + section.name() + "' as '## " + canonical + "'");
                }
            }
        }
        return out.toString();
    }

    private static Optional<Section> find(List<Section> sections, String canonical) {
        return sections.stream().filter(section -> section.matches(canonical)).findFirst();
    }

    private static List<Section> sections(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            sections.add(new Section(heading.group(1).strip(), heading.start(), heading.end(), text.length()));
        }
        for (int i = 0; i < sections.size() - 1; i++) {
            Section section = sections.get(i);
            sections.set(i, new Section(section.name(), section.start(), section.headingEnd(),
                    sections.get(i + 1).start()));
        }
        return sections;
    }

    /** A level-two heading and where its body ends (the next level-two heading or the end of the text). */
    private record Section(String name, int start, int headingEnd, int end) {
        boolean matches(String canonical) {
            String bare = name.replaceAll("[:*_]+$", "").replaceAll("^[*_]+", "").strip();
            return bare.equalsIgnoreCase(canonical);
        }

        String body(String text) {
            return text.substring(headingEnd, end).strip();
        }
    }

    private static Optional<DevTicketPriority> priority(JsonNode value, List<String> problems) {
        if (value == null || value.isNull() || !value.isValueNode()) {
            problems.add("priority is missing: use one of low, medium, high, critical");
            return Optional.empty();
        }
        String wanted = value.asText().strip().toUpperCase(Locale.ROOT);
        for (DevTicketPriority priority : DevTicketPriority.values()) {
            if (priority.name().equals(wanted)) {
                return Optional.of(priority);
            }
        }
        problems.add("priority '" + shorten(value.asText()) + "' is not one of low, medium, high, critical");
        return Optional.empty();
    }

    private static List<String> labels(JsonNode value, List<String> problems, List<String> warnings) {
        List<String> raw = new ArrayList<>();
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            warnings.add("read the labels from one comma-separated string");
            for (String part : value.asText().split(",")) {
                raw.add(part);
            }
        } else if (value.isArray()) {
            for (JsonNode entry : value) {
                if (!entry.isValueNode() || entry.isNull()) {
                    problems.add("labels must be a list of short words; found a nested value");
                    return List.of();
                }
                raw.add(entry.asText());
            }
        } else {
            problems.add("labels must be a list of short words, e.g. [bug, checkout]");
            return List.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String entry : raw) {
            String label = entry.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (label.isEmpty()) {
                warnings.add("dropped a blank label");
            } else if (label.length() > MAX_LABEL) {
                problems.add("label '" + shorten(label) + "' is longer than " + MAX_LABEL + " characters");
            } else if (!labels.add(label)) {
                warnings.add("dropped the repeated label " + label);
            }
        }
        if (labels.size() > MAX_LABELS) {
            problems.add("give at most " + MAX_LABELS + " labels; got " + labels.size());
        }
        return List.copyOf(labels);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
