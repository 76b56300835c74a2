package dev.loopwright.application.council;

import static dev.loopwright.application.council.CouncilFixture.MAIN;
import static dev.loopwright.application.council.CouncilFixture.OTHER;
import static dev.loopwright.application.council.CouncilFixture.THIRD;
import static dev.loopwright.application.council.CouncilFixture.draft;
import static dev.loopwright.application.fake.ScriptedModelRuntime.after;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.workflow.Cancellation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A council draft round whose members answer after 1 s, 2 s and 3 s of real time should take about the slowest
 * member, not the sum (6 s). Not part of the suite (the name does not end in Test); run it with {@code bench/council}.
 * It writes its numbers to {@code target/council-benchmark.txt}.
 */
class CouncilBenchmark {
    private static final int ROUNDS = 3;
    private static final Duration SLOWEST = Duration.ofSeconds(3);

    @Test
    void aRoundTakesAboutTheSlowestMember() throws IOException {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            times.add(oneRound());
        }
        StringBuilder report = new StringBuilder("Council draft round, members answering after 1 s, 2 s and 3 s"
                + " (sum 6 s), " + ROUNDS + " rounds:\n");
        for (Duration time : times) {
            report.append(String.format(Locale.ROOT, "  round %.3f s, ratio to 3 s %.3f%n", seconds(time),
                    seconds(time) / seconds(SLOWEST)));
        }
        Duration median = times.stream().sorted().toList().get(ROUNDS / 2);
        report.append(String.format(Locale.ROOT, "median %.3f s, ratio to the slowest member (3 s) %.3f,"
                + " ratio to the sum (6 s) %.3f%n", seconds(median), seconds(median) / 3, seconds(median) / 6));
        Path out = Path.of("target", "council-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** One draft round on a fresh ticket, timed from the call to its return. */
    private static Duration oneRound() {
        CouncilFixture fixture = new CouncilFixture();
        fixture.runtime.on(MAIN, after(Duration.ofSeconds(1), draft("main", 3)))
                .on(OTHER, after(Duration.ofSeconds(2), draft("other", 3)))
                .on(THIRD, after(SLOWEST, draft("third", 3)));
        CouncilService<?> council = fixture.service();
        long start = System.nanoTime();
        DraftRound round = council.draft(fixture.ticket.id(), new Cancellation());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(round.drafts()).hasSize(3);
        return took;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
