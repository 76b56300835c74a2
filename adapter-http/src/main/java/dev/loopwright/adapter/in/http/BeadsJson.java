package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.port.in.BeadsView;

/** The bead plan as the API answers it: the beads as a JSON array, in the plan file's own field names. */
final class BeadsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BeadsJson() {
    }

    static JsonNode beads(BeadsView view) {
        return view.plan().<JsonNode>map(BeadsJsonl::array).orElseGet(JSON::createArrayNode);
    }
}
