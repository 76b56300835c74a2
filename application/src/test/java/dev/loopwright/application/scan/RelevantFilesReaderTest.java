package dev.loopwright.application.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevantFilesReaderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path repo;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(repo.resolve("src/shop"));
        Files.writeString(repo.resolve("src/shop/Checkout.java"), "class Checkout {}");
        Files.writeString(repo.resolve("README.md"), "# Shop");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), "");
    }

    @Test
    void keepsExistingFilesAndDefaultsUnknownWords() throws Exception {
        RelevantFilesReader.ScanResult result = read("""
                files:
                  - path: src/shop/Checkout.java
                    relevance: HIGH
                    likely_action: modify
                    rationale: "  the checkout  "
                  - path: ./README.md
                    relevance: crucial
                  - path: src/shop/Export.java
                    likely_action: create
                """);

        assertThat(result.files()).containsExactly(
                new RelevantFile("src/shop/Checkout.java", "the checkout", RelevantFile.Relevance.HIGH,
                        RelevantFile.Action.MODIFY),
                new RelevantFile("README.md", "", RelevantFile.Relevance.MEDIUM, RelevantFile.Action.READ),
                new RelevantFile("src/shop/Export.java", "", RelevantFile.Relevance.MEDIUM, RelevantFile.Action.CREATE));
        assertThat(result.warnings()).containsExactly("read 'crucial' as medium");
    }

    @Test
    void dropsPathsOutsideTheRepositoryMissingFilesRepeatsAndGitsOwnFolder() throws Exception {
        RelevantFilesReader.ScanResult result = read("""
                files:
                  - path: ../secrets.txt
                  - path: /etc/passwd
                  - path: src/../../outside.txt
                  - path: src/shop/Missing.java
                  - path: .git/config
                  - path: ""
                  - path: README.md
                  - path: README.md
                """);

        assertThat(result.files()).extracting(RelevantFile::path).containsExactly("README.md");
        assertThat(result.warnings()).hasSize(7).anySatisfy(w -> assertThat(w).contains("outside the repository"))
                .anySatisfy(w -> assertThat(w).contains("no such file"))
                .anySatisfy(w -> assertThat(w).contains("git's or Loopwright's own folders"))
                .anySatisfy(w -> assertThat(w).contains("repeated"));
    }

    @Test
    void aSymlinkIsNotAFileOfTheRepository() throws Exception {
        Path outside = Files.createTempFile("outside", ".txt");
        Files.createSymbolicLink(repo.resolve("link.txt"), outside);

        assertThat(read("files:\n  - path: link.txt\n").files()).isEmpty();
    }

    @Test
    void keepsAtMostThirtyFiles() throws Exception {
        StringBuilder yaml = new StringBuilder("files:\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("  - path: new/File").append(i).append(".java\n    likely_action: create\n");
        }

        RelevantFilesReader.ScanResult result = read(yaml.toString());

        assertThat(result.files()).hasSize(RelevantFilesReader.MAX_FILES);
        assertThat(result.warnings()).contains("kept the first 30 files only");
    }

    @Test
    void aDocumentWithoutFilesKeepsNothing() throws Exception {
        assertThat(read("files: not a list\n").files()).isEmpty();
    }

    private RelevantFilesReader.ScanResult read(String yaml) throws Exception {
        return new RelevantFilesReader(repo).read(YAML.readTree(yaml));
    }
}
