package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.FolderCheck;
import dev.loopwright.application.port.in.FolderListing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The folder check and the folder browser on the wire. */
final class FolderJson {
    private FolderJson() {
    }

    static Map<String, Object> check(FolderCheck check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("isGit", check.isGit());
        json.put("status", check.status());
        if (check.isGit()) {
            json.put("scope", check.subfolder() ? "subfolder" : "root");
            json.put("repoRoot", check.repoRoot().map(Path::toString).orElse(null));
            json.put("originUrl", check.originUrl().orElse(null));
            json.put("githubRepoSlug", check.githubRepoSlug().orElse(null));
            json.put("delivery", check.delivery().name().toLowerCase(Locale.ROOT));
            json.put("existingProject", check.existingProject().orElse(null));
        }
        json.put("message", check.message());
        return json;
    }

    static Map<String, Object> listing(FolderListing listing) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currentPath", listing.currentPath().toString());
        json.put("parentPath", listing.parentPath().map(Path::toString).orElse(null));
        json.put("dirs", listing.dirs().stream().map(d -> Map.of("name", d.name(), "path", d.path().toString())).toList());
        return json;
    }
}
