package dev.loopwright.application.envsetup;

import dev.loopwright.application.setup.WorkspaceInputCheck;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.setup.InputKind;
import dev.loopwright.domain.setup.WorkspaceInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Copies the approved workspace inputs from the user's checkout into the working copy at the same paths. Nothing is
 * reached through a symbolic link on either side, and a link inside a copied folder stops the copy: a link could
 * point anywhere on the machine. A file the working copy already has with other content is left alone, because
 * after the reset at the start of a run that is the ticket's own tracked file, and tracked source always wins.
 * Copying again copies nothing new, so a restarted run can simply copy again.
 */
final class WorkspaceInputs {
    /** Refused inputs, with every reason. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** What a copy did: the files written, and those the working copy already had with different content. */
    record Copied(List<String> written, List<String> kept) {
        Copied {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
        }
    }

    private WorkspaceInputs() {
    }

    static Copied copy(List<WorkspaceInput> inputs, Path checkout, Path workingCopy) {
        Violations violations = new Violations();
        WorkspaceInputCheck.check(violations, inputs, checkout);
        if (!violations.isEmpty()) {
            throw new Refused(violations.list().stream().map(Violation::message).distinct()
                    .collect(Collectors.joining("; ")));
        }
        Path sourceRoot = checkout.toAbsolutePath().normalize();
        Path targetRoot = workingCopy.toAbsolutePath().normalize();
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try {
            for (WorkspaceInput input : inputs) {
                Path source = sourceRoot.resolve(trimmed(input.path())).normalize();
                if (input.kind() == InputKind.FILE) {
                    copyFile(source, sourceRoot, targetRoot, written, kept);
                    continue;
                }
                try (Stream<Path> tree = Files.walk(source)) {
                    for (Path entry : (Iterable<Path>) tree::iterator) {
                        if (Files.isSymbolicLink(entry)) {
                            throw new Refused(sourceRoot.relativize(entry) + " is a symbolic link inside the"
                                    + " workspace input " + input.path());
                        }
                        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createDirectories(target(sourceRoot.relativize(entry), targetRoot));
                        } else {
                            copyFile(entry, sourceRoot, targetRoot, written, kept);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying the workspace inputs failed: " + e.getMessage(), e);
        }
        return new Copied(written, kept);
    }

    private static void copyFile(Path source, Path sourceRoot, Path targetRoot, List<String> written,
            List<String> kept) throws IOException {
        Path relative = sourceRoot.relativize(source);
        Path target = target(relative, targetRoot);
        String name = relative.toString().replace('\\', '/');
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(source, target) == -1) {
                return;
            }
            kept.add(name);
            return;
        }
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        written.add(name);
    }

    /** The same relative path in the working copy, refused when any existing part of it is a symbolic link. */
    private static Path target(Path relative, Path targetRoot) {
        Path current = targetRoot;
        for (Path segment : relative) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                throw new Refused(targetRoot.relativize(current) + " is a symbolic link in the working copy");
            }
        }
        return current;
    }

    private static String trimmed(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
