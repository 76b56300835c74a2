package dev.loopwright.application.prd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.council.Change;
import dev.loopwright.application.council.SoloCall;
import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A reviser's answer to the gaps of one candidate: the whole revised PRD, the epics and stories it changed (checked
 * against the actual differences) and exactly one resolution per gap, naming the gap as given.
 */
record Revision(PrdDocument prd, List<Change> changes, List<Resolution> resolutions) {
    static final Set<String> ACTIONS = Set.of("updated_prd", "already_covered", "left_unresolved");

    Revision {
        changes = List.copyOf(changes);
        resolutions = List.copyOf(resolutions);
    }

    record Resolution(String gap, String action, String rationale, List<String> affectedItems) {
        Resolution {
            affectedItems = List.copyOf(affectedItems);
        }
    }

    static Validated<Revision> read(JsonNode document, PrdDocument before, List<String> gaps, ExternalId ticketId,
            String sourceHash) {
        Validated<PrdDocument> prd = PrdReader.fromModel(document, ticketId, sourceHash);
        if (prd instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<PrdDocument>) prd).error());
        }
        PrdDocument revised = ((Validated.Valid<PrdDocument>) prd).value();
        List<String> warnings = new ArrayList<>(((Validated.Valid<PrdDocument>) prd).warnings());
        Validated<List<Change>> changes = SoloCall.accountChanges(document, PrdCouncil.items(before.epics()),
                PrdCouncil.items(revised.epics()));
        if (changes instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<List<Change>>) changes).error());
        }
        warnings.addAll(((Validated.Valid<List<Change>>) changes).warnings());
        Validated<List<Resolution>> resolutions = resolutions(document.path("gap_resolutions"), gaps);
        if (resolutions instanceof Validated.Invalid) {
            return Validated.invalid(((Validated.Invalid<List<Resolution>>) resolutions).error());
        }
        return Validated.valid(new Revision(revised, ((Validated.Valid<List<Change>>) changes).value(),
                ((Validated.Valid<List<Resolution>>) resolutions).value()), warnings);
    }

    private static Validated<List<Resolution>> resolutions(JsonNode list, List<String> gaps) {
        if (!list.isArray()) {
            return Validated.invalid("gap_resolutions must be a list with one entry per gap");
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        gaps.forEach(gap -> byKey.put(key(gap), gap));
        Map<String, Resolution> found = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String field = "gap_resolutions[" + (i + 1) + "]";
            String gap = byKey.get(key(entry.path("gap").asText("")));
            if (gap == null) {
                return Validated.invalid(field + ".gap must quote one of the gaps given, got '"
                        + entry.path("gap").asText("") + "'");
            }
            if (found.containsKey(gap)) {
                return Validated.invalid(field + " resolves the gap '" + gap + "' a second time");
            }
            String action = entry.path("action").asText("").strip().toLowerCase(Locale.ROOT);
            if (!ACTIONS.contains(action)) {
                return Validated.invalid(field + ".action must be updated_prd, already_covered or left_unresolved");
            }
            List<String> items = new ArrayList<>();
            entry.path("affected_items").forEach(item -> {
                String id = item.isObject() ? item.path("id").asText("") : item.asText("");
                if (!id.isBlank()) {
                    items.add(id.strip());
                }
            });
            found.put(gap, new Resolution(gap, action, entry.path("rationale").asText("").strip(), items));
        }
        List<String> missing = gaps.stream().filter(gap -> !found.containsKey(gap)).toList();
        if (!missing.isEmpty()) {
            return Validated.invalid("gap_resolutions has no entry for: " + String.join(" | ", missing));
        }
        return Validated.valid(new ArrayList<>(found.values()), List.of());
    }

    /** Quotes, case and runs of whitespace do not make a different gap. */
    private static String key(String gap) {
        return gap.strip().replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
