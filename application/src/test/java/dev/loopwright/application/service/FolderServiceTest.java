package dev.loopwright.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.fake.FolderRepositoryInspector;
import dev.loopwright.application.fake.InMemoryProjectRepository;
import dev.loopwright.application.folder.FolderEntry;
import dev.loopwright.application.port.in.FolderCheck;
import dev.loopwright.domain.common.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderServiceTest {
    @TempDir
    Path temp;

    private Path root;
    private FolderService service;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(temp.resolve("home")).toRealPath();
        service = new FolderService(new FolderRepositoryInspector(),
                folder -> List.of(new FolderEntry("child", folder.resolve("child"))), new InMemoryProjectRepository(),
                root);
    }

    private Path repo(String name, String origin) throws Exception {
        Path repo = Files.createDirectories(root.resolve(name + "/.git")).getParent();
        if (origin != null) {
            Files.writeString(repo.resolve(".git/origin-url"), origin);
        }
        return repo;
    }

    @Test
    void deliveryFollowsTheOrigin() throws Exception {
        assertThat(service.check(Optional.of(repo("gh", "git@github.com:acme/shop.git").toString())))
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo("valid");
                    assertThat(c.githubRepoSlug()).contains("acme/shop");
                    assertThat(c.delivery()).isEqualTo(FolderCheck.Delivery.PULL_REQUEST);
                });
        assertThat(service.check(Optional.of(repo("gl", "https://gitlab.com/acme/shop.git").toString())).delivery())
                .isEqualTo(FolderCheck.Delivery.PUSH);
        FolderCheck local = service.check(Optional.of(repo("local", null).toString()));
        assertThat(local.delivery()).isEqualTo(FolderCheck.Delivery.LOCAL_MERGE);
        assertThat(local.message()).contains("merged locally");
    }

    @Test
    void githubUrlsInEveryCommonForm() {
        for (String url : List.of("https://github.com/acme/shop.git", "https://github.com/acme/shop",
                "ssh://git@github.com/acme/shop.git", "git@github.com:acme/shop.git", "https://token@github.com/acme/shop/")) {
            assertThat(FolderService.githubSlug(url)).as(url).contains("acme/shop");
        }
        assertThat(FolderService.githubSlug("https://github.com.evil.example/acme/shop")).isEmpty();
        assertThat(FolderService.githubSlug("https://gitlab.com/acme/shop")).isEmpty();
    }

    @Test
    void missingFoldersAndPlainFoldersAreInvalid() throws Exception {
        assertThat(service.check(Optional.empty()).status()).isEqualTo("none");
        assertThat(service.check(Optional.of(root.resolve("missing").toString())).message()).startsWith("Folder does not exist");
        Path plain = Files.createDirectories(root.resolve("plain"));
        assertThat(service.check(Optional.of(plain.toString())).message()).startsWith("Folder is not a git repository");
    }

    @Test
    void aSubfolderIsReportedAsSuch() throws Exception {
        Path repo = repo("shop", null);
        Path src = Files.createDirectories(repo.resolve("src"));
        FolderCheck check = service.check(Optional.of(src.toString()));
        assertThat(check.subfolder()).isTrue();
        assertThat(check.repoRoot()).contains(repo);
    }

    @Test
    void browsingStaysBelowTheRoot() throws Exception {
        assertThat(service.list(Optional.empty()).currentPath()).isEqualTo(root);
        assertThat(service.list(Optional.empty()).parentPath()).isEmpty();
        Path sub = Files.createDirectories(root.resolve("a/b"));
        assertThat(service.list(Optional.of(sub.toString())).parentPath()).contains(root.resolve("a"));
        assertThatThrownBy(() -> service.list(Optional.of(root.resolve("../..").toString())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("path must be inside");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path link = Files.createSymbolicLink(root.resolve("escape"), outside);
        assertThatThrownBy(() -> service.list(Optional.of(link.toString())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("path must be inside");
        assertThatThrownBy(() -> service.list(Optional.of(root.resolve("missing").toString())))
                .hasMessageContaining("Path does not exist");
    }
}
