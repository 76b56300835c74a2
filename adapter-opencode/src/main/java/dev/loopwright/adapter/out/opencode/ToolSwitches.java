package dev.loopwright.adapter.out.opencode;

import dev.loopwright.application.port.out.runtime.ToolPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-prompt {@code tools} map OpenCode takes: which of its tools a prompt may call. */
final class ToolSwitches {
    /** Every tool OpenCode 1.18 offers by name; listed so that a policy never depends on the server's defaults. */
    private static final List<String> KNOWN = List.of("bash", "codesearch", "edit", "external_directory", "glob",
            "grep", "list", "lsp", "patch", "question", "read", "skill", "task", "todoread", "todowrite",
            "webfetch", "websearch", "write");
    private static final List<String> READING = List.of("codesearch", "glob", "grep", "list", "lsp", "read");

    private ToolSwitches() {
    }

    static Map<String, Boolean> forPolicy(ToolPolicy policy) {
        Map<String, Boolean> tools = new LinkedHashMap<>();
        switch (policy) {
            case NONE -> {
                tools.put("*", false);
                KNOWN.forEach(tool -> tools.put(tool, false));
            }
            case READ_ONLY -> {
                tools.put("*", false);
                KNOWN.forEach(tool -> tools.put(tool, READING.contains(tool)));
            }
            case CODING -> {
                // The working copy is the agent's whole world: no web access.
                tools.put("webfetch", false);
                tools.put("websearch", false);
            }
        }
        return tools;
    }
}
