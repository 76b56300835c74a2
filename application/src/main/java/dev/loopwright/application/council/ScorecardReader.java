package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.council.Presentation;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.council.Scorecard;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a voter's {@code draft_scores} into a scorecard. Labels and category names are matched leniently
 * ({@code draft_2}, {@code Draft 02}; {@code Coverage-Of-Requirements}); scores must be whole numbers. A total the
 * voter wrote is never used: totals are ours to compute.
 */
final class ScorecardReader {
    static final String ROOT = "draft_scores";
    /** Wrappers voters put around the scores instead of the asked-for key. */
    static final Set<String> ROOT_KEYS = Set.of(ROOT, "scores", "scorecard");

    private static final Pattern LABEL = Pattern.compile("(?:draft)?[\\s_-]*0*(\\d+)");
    private static final Set<String> TOTALS = Set.of("totalscore", "total");

    private ScorecardReader() {
    }

    static OutputReader<Scorecard> reader(Presentation shown, Rubric rubric) {
        return OutputReader.of(ROOT_KEYS, document -> read(document, shown, rubric));
    }

    static Validated<Scorecard> read(JsonNode document, Presentation shown, Rubric rubric) {
        JsonNode scores = ROOT_KEYS.stream().map(document::get).filter(node -> node != null && node.isObject())
                .findFirst().orElse(null);
        if (scores == null) {
            return Validated.invalid("'" + ROOT + "' must map each draft label to its scores");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Map<String, Integer>> byLabel = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = scores.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Optional<String> label = label(entry.getKey());
            if (label.isEmpty()) {
                return Validated.invalid("'" + entry.getKey() + "' is not a draft label such as 'Draft 1'");
            }
            if (byLabel.containsKey(label.get())) {
                return Validated.invalid(label.get() + " is scored twice");
            }
            if (!entry.getValue().isObject()) {
                return Validated.invalid(label.get() + " must map each category to a score");
            }
            Map<String, Integer> categories = new LinkedHashMap<>();
            Optional<String> problem = categories(label.get(), entry.getValue(), rubric, categories, warnings);
            if (problem.isPresent()) {
                return Validated.invalid(problem.get());
            }
            byLabel.put(label.get(), categories);
        }
        try {
            return Validated.valid(Scorecard.validated(shown.voter(), shown, rubric, byLabel), warnings);
        } catch (ValidationException invalid) {
            return Validated.invalid(invalid.getMessage());
        }
    }

    private static Optional<String> categories(String label, JsonNode node, Rubric rubric,
            Map<String, Integer> categories, List<String> warnings) {
        Integer statedTotal = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = normalized(entry.getKey());
            Optional<String> category = rubric.categories().stream().filter(name -> normalized(name).equals(key))
                    .findFirst();
            boolean total = TOTALS.contains(key);
            if (category.isEmpty() && !total) {
                continue;
            }
            JsonNode value = entry.getValue();
            Optional<Integer> score = wholeNumber(value);
            if (score.isEmpty()) {
                return Optional.of(label + " " + entry.getKey() + " must be a whole number, got " + value);
            }
            if (total) {
                statedTotal = score.get();
            } else {
                categories.put(category.get(), score.get());
            }
        }
        int computed = categories.values().stream().mapToInt(Integer::intValue).sum();
        if (statedTotal != null && statedTotal != computed) {
            warnings.add(label + ": the stated total " + statedTotal + " was replaced by the sum " + computed);
        }
        return Optional.empty();
    }

    private static Optional<Integer> wholeNumber(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return Optional.of(value.intValue());
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,6}")) {
            return Optional.of(Integer.parseInt(value.asText().strip()));
        }
        return Optional.empty();
    }

    private static Optional<String> label(String key) {
        Matcher matcher = LABEL.matcher(key.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(1).length() > 3) {
            return Optional.empty();
        }
        return Optional.of(Presentation.label(Integer.parseInt(matcher.group(1)) - 1));
    }

    private static String normalized(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
