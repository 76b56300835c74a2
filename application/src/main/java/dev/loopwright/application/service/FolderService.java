package dev.loopwright.application.service;

import dev.loopwright.application.folder.RepositoryInfo;
import dev.loopwright.application.port.in.BrowseFoldersUseCase;
import dev.loopwright.application.port.in.CheckFolderUseCase;
import dev.loopwright.application.port.in.FolderCheck;
import dev.loopwright.application.port.in.FolderListing;
import dev.loopwright.application.port.out.FolderBrowser;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.RepositoryInspector;
import dev.loopwright.domain.common.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helps a person pick a repository: browse folders below the browsing root (never above it, symlinks
 * resolved), and check what attaching a folder would mean.
 */
public final class FolderService implements CheckFolderUseCase, BrowseFoldersUseCase {
    private static final Pattern GITHUB = Pattern.compile(
            "^(?:[a-z+]+://(?:[^@/]+@)?github\\.com(?::\\d+)?/|[^@\\s]+@github\\.com:)([^/\\s]+/[^/\\s]+?)(?:\\.git)?/?$");

    private final RepositoryInspector inspector;
    private final FolderBrowser browser;
    private final ProjectRepository projects;
    private final Path browsingRoot;

    public FolderService(RepositoryInspector inspector, FolderBrowser browser, ProjectRepository projects,
            Path browsingRoot) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.browsingRoot = realPath(browsingRoot).orElse(browsingRoot.toAbsolutePath().normalize());
    }

    @Override
    public FolderCheck check(Optional<String> rawPath) {
        if (rawPath.isEmpty() || rawPath.get().isBlank()) {
            return new FolderCheck("none", false, Optional.empty(), false, Optional.empty(), Optional.empty(),
                    FolderCheck.Delivery.NONE, Optional.empty(), "No path provided");
        }
        Path folder = parse(rawPath.get());
        if (!Files.isDirectory(folder)) {
            return invalid("Folder does not exist: " + folder);
        }
        Optional<RepositoryInfo> info = inspector.inspect(folder);
        if (info.isEmpty()) {
            return invalid("Folder is not a git repository: " + folder);
        }
        RepositoryInfo repo = info.get();
        Optional<String> slug = repo.originUrl().flatMap(FolderService::githubSlug);
        FolderCheck.Delivery delivery = slug.isPresent() ? FolderCheck.Delivery.PULL_REQUEST
                : repo.originUrl().isPresent() ? FolderCheck.Delivery.PUSH : FolderCheck.Delivery.LOCAL_MERGE;
        Optional<String> existing = projects.findByFolder(repo.root()).map(p -> p.details().name());
        boolean subfolder = !realPath(folder).orElse(folder).equals(realPath(repo.root()).orElse(repo.root()));
        String message = existing.map(name -> "Git repository found; it is already attached as project " + name + ".")
                .orElseGet(() -> "Git repository found. " + deliveryWords(delivery));
        return new FolderCheck("valid", true, Optional.of(repo.root()), subfolder, repo.originUrl(), slug, delivery,
                existing, message);
    }

    @Override
    public FolderListing list(Optional<String> rawPath) {
        Path requested = rawPath.filter(p -> !p.isBlank()).map(FolderService::parse).orElse(browsingRoot);
        Path real = realPath(requested).filter(Files::isDirectory)
                .orElseThrow(() -> ValidationException.of("path", "Path does not exist: " + requested));
        if (!real.startsWith(browsingRoot)) {
            throw ValidationException.of("path", "path must be inside " + browsingRoot);
        }
        Optional<Path> parent = real.equals(browsingRoot) ? Optional.empty() : Optional.ofNullable(real.getParent());
        return new FolderListing(real, parent, browser.list(real));
    }

    static Optional<String> githubSlug(String originUrl) {
        Matcher matcher = GITHUB.matcher(originUrl.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String deliveryWords(FolderCheck.Delivery delivery) {
        switch (delivery) {
            case PULL_REQUEST:
                return "Finished tickets are delivered as GitHub pull requests.";
            case PUSH:
                return "The origin is not GitHub: finished tickets are pushed as branches and merged locally.";
            default:
                return "There is no origin remote: finished tickets are merged locally.";
        }
    }

    private static FolderCheck invalid(String message) {
        return new FolderCheck("invalid", false, Optional.empty(), false, Optional.empty(), Optional.empty(),
                FolderCheck.Delivery.NONE, Optional.empty(), message);
    }

    private static Path parse(String raw) {
        try {
            return Path.of(raw.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw ValidationException.of("path", "path is not a valid path: " + e.getReason());
        }
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
