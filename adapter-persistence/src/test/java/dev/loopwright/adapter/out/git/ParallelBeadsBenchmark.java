package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.CodingOverGit.bead;
import static dev.loopwright.adapter.out.git.CodingOverGit.beadOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seven beads — two chains of three and one alone — whose scripted agent works a set time per bead, run one at a time
 * and three at a time over real git and bash test commands. Three at a time should take about the longest chain (the
 * critical path), not the sum of all beads. Not part of the suite (the name does not end in Test); run it with
 * {@code bench/parallel-beads}. It writes its numbers to {@code target/parallel-beads-benchmark.txt}.
 */
class ParallelBeadsBenchmark {
    private static final Map<String, Duration> WORK = new LinkedHashMap<>();

    static {
        WORK.put("A1", Duration.ofMillis(2000));
        WORK.put("B1", Duration.ofMillis(1500));
        WORK.put("C1", Duration.ofMillis(3000));
        WORK.put("A2", Duration.ofMillis(1500));
        WORK.put("B2", Duration.ofMillis(2500));
        WORK.put("A3", Duration.ofMillis(2500));
        WORK.put("B3", Duration.ofMillis(1000));
    }

    @TempDir
    Path temp;

    @Test
    void threeAtATimeTakeAboutTheCriticalPath() throws IOException {
        Duration oneAtATime = wallTime(1);
        Duration threeAtATime = wallTime(3);
        Duration criticalPath = WORK.get("A1").plus(WORK.get("A2")).plus(WORK.get("A3"));
        Duration sum = WORK.values().stream().reduce(Duration.ZERO, Duration::plus);
        String report = String.format(Locale.ROOT, "Seven beads (chains A1-A2-A3 and B1-B2-B3, and C1), the agent"
                + " working %s per bead:%n"
                + "  critical path %.3f s, sum of all beads %.3f s%n"
                + "  one at a time   %.3f s (ratio to the sum %.3f)%n"
                + "  three at a time %.3f s (ratio to the critical path %.3f, to the sum %.3f, to one at a time %.3f)%n",
                WORK, seconds(criticalPath), seconds(sum), seconds(oneAtATime),
                seconds(oneAtATime) / seconds(sum), seconds(threeAtATime),
                seconds(threeAtATime) / seconds(criticalPath), seconds(threeAtATime) / seconds(sum),
                seconds(threeAtATime) / seconds(oneAtATime));
        Files.writeString(Path.of("target", "parallel-beads-benchmark.txt"), report);
        System.out.print(report);
    }

    private Duration wallTime(int width) {
        CodingOverGit coding = new CodingOverGit(temp.resolve("width-" + width), width, bead("A1", 1), bead("B1", 2),
                bead("C1", 3), bead("A2", 4, "A1"), bead("B2", 5, "B1"), bead("A3", 6, "A2"), bead("B3", 7, "B2"));
        coding.runtime.on(TestSettings.MAIN, CodingOverGit.writesItsFile(prompt -> WORK.get(beadOf(prompt))));
        long start = System.nanoTime();
        assertThat(coding.run()).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
