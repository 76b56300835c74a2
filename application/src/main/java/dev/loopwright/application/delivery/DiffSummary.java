package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which files a unified diff changes and by how many lines, like {@code git diff --stat}. */
record DiffSummary(List<FileStat> files) {
    DiffSummary {
        files = List.copyOf(files);
    }

    /** One file: its path (the new one for a rename or addition, the old one for a deletion) and line counts. */
    record FileStat(String path, int added, int removed, boolean binary) {
        FileStat {
            Objects.requireNonNull(path, "path");
        }
    }

    static DiffSummary of(String unifiedDiff) {
        List<FileStat> files = new ArrayList<>();
        String path = null;
        int added = 0;
        int removed = 0;
        boolean binary = false;
        // Inside a hunk every +/- line is content, even one that reads like a header ("--- ").
        boolean inHunk = false;
        for (String line : unifiedDiff.split("\n", -1)) {
            if (line.startsWith("diff --git ")) {
                if (path != null) {
                    files.add(new FileStat(path, added, removed, binary));
                }
                path = pathOf(line);
                added = 0;
                removed = 0;
                binary = false;
                inHunk = false;
            } else if (path == null) {
                continue;
            } else if (line.startsWith("@@")) {
                inHunk = true;
            } else if (!inHunk && (line.startsWith("+++ ") || line.startsWith("--- "))) {
                String named = line.substring(4).strip();
                if (line.startsWith("+++ ") && named.startsWith("b/")) {
                    path = named.substring(2);
                }
            } else if (!inHunk && line.startsWith("Binary files ")) {
                binary = true;
            } else if (inHunk && line.startsWith("+")) {
                added++;
            } else if (inHunk && line.startsWith("-")) {
                removed++;
            }
        }
        if (path != null) {
            files.add(new FileStat(path, added, removed, binary));
        }
        return new DiffSummary(files);
    }

    /** {@code diff --git a/x b/y}: the b/ side, which survives renames; quoted paths are kept as git wrote them. */
    private static String pathOf(String header) {
        String rest = header.substring("diff --git ".length());
        int split = rest.lastIndexOf(" b/");
        return split >= 0 ? rest.substring(split + 3) : rest;
    }

    int insertions() {
        return files.stream().mapToInt(FileStat::added).sum();
    }

    int deletions() {
        return files.stream().mapToInt(FileStat::removed).sum();
    }

    /** The closing line of {@code git diff --stat}. */
    String totals() {
        return files.size() + " file(s) changed, " + insertions() + " insertion(s)(+), " + deletions()
                + " deletion(s)(-)";
    }

    /** One line per file, then the totals. */
    String stat() {
        StringBuilder stat = new StringBuilder();
        for (FileStat file : files) {
            stat.append(' ').append(file.path()).append(" | ")
                    .append(file.binary() ? "binary" : "+" + file.added() + " -" + file.removed()).append('\n');
        }
        return stat.append(' ').append(totals()).toString();
    }

    void writeTo(ObjectNode node) {
        node.put("filesChanged", files.size()).put("insertions", insertions()).put("deletions", deletions())
                .put("stat", stat());
        ArrayNode list = node.putArray("files");
        files.forEach(file -> list.addObject().put("path", file.path()).put("added", file.added())
                .put("removed", file.removed()).put("binary", file.binary()));
    }
}
