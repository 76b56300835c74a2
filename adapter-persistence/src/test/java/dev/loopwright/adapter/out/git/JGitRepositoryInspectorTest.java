package dev.loopwright.adapter.out.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.out.persistence.file.LocalFolderBrowser;
import dev.loopwright.application.folder.FolderEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JGitRepositoryInspectorTest {
    @TempDir
    Path temp;

    @Test
    void readsTheRootAndTheOriginOfARealRepository() throws Exception {
        Path repo = temp.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", "git@github.com:acme/shop.git");
            config.save();
        }
        Path sub = Files.createDirectories(repo.resolve("src"));
        Path realRepo = repo.toRealPath();
        assertThat(new JGitRepositoryInspector().inspect(sub)).hasValueSatisfying(info -> {
            assertThat(info.root()).isEqualTo(realRepo);
            assertThat(info.originUrl()).contains("git@github.com:acme/shop.git");
        });
    }

    @Test
    void aRepositoryWithoutOriginHasNone() throws Exception {
        Path repo = temp.resolve("repo");
        Git.init().setDirectory(repo.toFile()).call().close();
        assertThat(new JGitRepositoryInspector().inspect(repo)).hasValueSatisfying(
                info -> assertThat(info.originUrl()).isEmpty());
        assertThat(new JGitRepositoryInspector().inspect(Files.createDirectories(temp.resolve("plain")))).isEmpty();
    }

    @Test
    void theFolderBrowserListsVisibleSubfoldersByName() throws Exception {
        Files.createDirectories(temp.resolve("b"));
        Files.createDirectories(temp.resolve("a"));
        Files.createDirectories(temp.resolve(".hidden"));
        Files.writeString(temp.resolve("file.txt"), "x");
        assertThat(new LocalFolderBrowser().list(temp)).extracting(FolderEntry::name).containsExactly("a", "b");
    }
}
