package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffSummaryTest {

    @Test
    void countsLinesPerFileIncludingRenamesDeletionsAndBinaries() {
        String diff = "diff --git a/old.txt b/new.txt\nsimilarity index 90%\nrename from old.txt\nrename to new.txt\n"
                + "--- a/old.txt\n+++ b/new.txt\n@@ -1 +1 @@\n--- looks like a header\n+++ but is content\n"
                + "diff --git a/gone.txt b/gone.txt\ndeleted file mode 100644\n--- a/gone.txt\n+++ /dev/null\n"
                + "@@ -1,2 +0,0 @@\n-a\n-b\n"
                + "diff --git a/logo.png b/logo.png\nBinary files a/logo.png and b/logo.png differ\n";

        DiffSummary summary = DiffSummary.of(diff);

        assertThat(summary.files()).containsExactly(new DiffSummary.FileStat("new.txt", 1, 1, false),
                new DiffSummary.FileStat("gone.txt", 0, 2, false), new DiffSummary.FileStat("logo.png", 0, 0, true));
        assertThat(summary.totals()).isEqualTo("3 file(s) changed, 1 insertion(s)(+), 3 deletion(s)(-)");
    }

    @Test
    void anEmptyDiffChangesNothing() {
        assertThat(DiffSummary.of("").files()).isEmpty();
    }
}
