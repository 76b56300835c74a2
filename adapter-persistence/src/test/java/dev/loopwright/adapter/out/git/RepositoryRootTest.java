package dev.loopwright.adapter.out.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {
    @TempDir
    Path temp;

    @Test
    void aFolderInsideARepositoryNamesTheRepositoryRoot() throws Exception {
        Path repo = temp.resolve("repo");
        Git.init().setDirectory(repo.toFile()).call().close();
        Path sub = Files.createDirectories(repo.resolve("src/main"));
        JGitWorkspace git = new JGitWorkspace();
        assertThat(git.repositoryRoot(sub)).contains(repo.toRealPath());
        assertThat(git.repositoryRoot(repo)).contains(repo.toRealPath());
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNone() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        assertThat(new JGitWorkspace().repositoryRoot(plain)).isEmpty();
    }

    @Test
    void aBareRepositoryHasNoWorkingTreeToAttach() throws Exception {
        Path bare = temp.resolve("bare.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        assertThat(new JGitWorkspace().repositoryRoot(bare)).isEmpty();
    }
}
