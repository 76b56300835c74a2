package dev.loopwright.application.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The canonical relevant-files artifact, written by us from the checked list, never the model's own text. */
final class RelevantFilesDocument {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private RelevantFilesDocument() {
    }

    static String yaml(String ticketId, RelevantFilesReader.ScanResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ticket_id", ticketId);
        document.put("artifact", "relevant_files");
        document.put("file_count", result.files().size());
        List<Map<String, Object>> files = result.files().stream().map(RelevantFilesDocument::file).toList();
        document.put("files", files);
        if (!result.warnings().isEmpty()) {
            document.put("warnings", result.warnings());
        }
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> file(RelevantFile file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", file.path());
        entry.put("relevance", file.relevance().name().toLowerCase(Locale.ROOT));
        entry.put("likely_action", file.likelyAction().name().toLowerCase(Locale.ROOT));
        entry.put("rationale", file.rationale());
        return entry;
    }
}
