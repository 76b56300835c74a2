package dev.loopwright.application.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt kept as a Markdown resource under {@code dev/loopwright/application/prompts/}, so its wording can be
 * read and reviewed as text. The file has four sections, {@code ## Role}, {@code ## Task}, {@code ## Instructions}
 * (a numbered list) and {@code ## Output Format}, and may use {@code {{name}}} placeholders filled at render time.
 */
public final class PromptTemplate {
    private static final String FOLDER = "/dev/loopwright/application/prompts/";
    private static final List<String> SECTIONS = List.of("Role", "Task", "Instructions", "Output Format");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s+(.*)$");

    private final String name;
    private final PromptPhase phase;
    private final Map<String, String> sections;

    private PromptTemplate(String name, PromptPhase phase, Map<String, String> sections) {
        this.name = name;
        this.phase = phase;
        this.sections = sections;
    }

    /** Loads {@code <name>.md}; a missing file or section is a packaging error and fails loudly. */
    public static PromptTemplate load(String name, PromptPhase phase) {
        Objects.requireNonNull(phase, "phase");
        try (InputStream in = PromptTemplate.class.getResourceAsStream(FOLDER + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("the prompt resource " + FOLDER + name + ".md is missing");
            }
            return new PromptTemplate(name, phase, sections(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("the prompt resource " + name + " could not be read", e);
        }
    }

    /** The prompt with every placeholder filled; a placeholder without a value is a programming error. */
    public PromptSpec render(Map<String, String> values) {
        List<String> instructions = new ArrayList<>();
        for (String line : fill(sections.get("Instructions"), values).split("\n")) {
            Matcher numbered = NUMBERED.matcher(line.strip());
            if (numbered.matches()) {
                instructions.add(numbered.group(1));
            } else if (!line.isBlank() && !instructions.isEmpty()) {
                int last = instructions.size() - 1;
                instructions.set(last, instructions.get(last) + " " + line.strip());
            }
        }
        return new PromptSpec(phase, fill(sections.get("Role"), values), fill(sections.get("Task"), values),
                instructions, fill(sections.get("Output Format"), values));
    }

    private String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("the prompt " + name + " needs a value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString().strip();
    }

    private static Map<String, String> sections(String name, String text) {
        Map<String, StringBuilder> found = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : text.split("\\R", -1)) {
            if (line.startsWith("## ") && SECTIONS.contains(line.substring(3).strip())) {
                current = new StringBuilder();
                found.put(line.substring(3).strip(), current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            StringBuilder body = found.get(section);
            if (body == null || body.toString().isBlank()) {
                throw new IllegalStateException("the prompt " + name + " has no '## " + section + "' section");
            }
            sections.put(section, body.toString().strip());
        }
        return sections;
    }
}
