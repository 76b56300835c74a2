package dev.loopwright.application.setup;

import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.setup.InputKind;
import dev.loopwright.domain.setup.WorkspaceInput;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the plan's workspace inputs against the user's checkout, where they are copied from: each must exist
 * there, be the kind the plan says, and not be reached through a symbolic link (which could point anywhere on the
 * machine). The domain already refused paths that leave the checkout; this is what only the disk can tell.
 * Run when a plan is drafted, saved and approved, since the checkout can change in between.
 */
public final class WorkspaceInputCheck {
    private WorkspaceInputCheck() {
    }

    public static void check(Violations violations, List<WorkspaceInput> inputs, Path checkout) {
        Path root = checkout.toAbsolutePath().normalize();
        for (int i = 0; i < inputs.size(); i++) {
            WorkspaceInput input = inputs.get(i);
            String field = "workspace_inputs[" + i + "].path";
            String trimmed = input.path().endsWith("/") ? input.path().substring(0, input.path().length() - 1)
                    : input.path();
            Path source = root.resolve(trimmed).normalize();
            if (!source.startsWith(root)) {
                violations.add(field, field + " leaves the checkout: " + input.path());
                continue;
            }
            if (throughLink(root, source)) {
                violations.add(field, field + " is reached through a symbolic link: " + input.path());
                continue;
            }
            if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                violations.add(field, input.path() + " does not exist in the project checkout " + root);
                continue;
            }
            boolean directory = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
            if (directory != (input.kind() == InputKind.DIRECTORY)) {
                violations.add("workspace_inputs[" + i + "].kind", input.path() + " is a "
                        + (directory ? "directory" : "file") + ", not a " + input.kind().wireName());
            }
        }
    }

    private static boolean throughLink(Path root, Path source) {
        Path current = root;
        for (Path segment : root.relativize(source)) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                return true;
            }
        }
        return false;
    }
}
