package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL twenty times, at a different point each time, and checks after each kill
 * that the database is intact and holds every write the writer had seen return.
 */
class SqliteStoreCrashTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path folder;

    @Test
    void everyReturnedWriteSurvivesSigkill() throws Exception {
        Path database = folder.resolve("loopwright.db");
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> confirmed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // Kill after a random number of confirmed writes; the kill lands at an arbitrary point of the next write.
            int writesBeforeKill = 1 + random.nextInt(40);
            confirmed.addAll(runAndKill(database, writesBeforeKill));

            SqliteStore store = SqliteStore.open(database, MutableClock.atEpochDay());
            assertThat(store.integrityCheck()).as("round %d, seed %d", round, seed).isEqualTo("ok");
            for (String reference : confirmed) {
                Ticket ticket = store.tickets().findByExternalId(ExternalId.parse(reference)).orElse(null);
                assertThat(ticket).as("%s after round %d, seed %d", reference, round, seed).isNotNull();
                assertThat(store.artifacts().findLatest(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES, 1,
                        "relevant_files_scan")).as("artifact of %s", reference)
                        .hasValueSatisfying(a -> assertThat(a.content()).startsWith(reference));
            }
        }
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(ROUNDS).doesNotHaveDuplicates();
    }

    private List<String> runAndKill(Path database, int writesBeforeKill) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), database.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> written = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (written.size() < writesBeforeKill && (line = out.readLine()) != null) {
                written.add(line.substring("written ".length()));
            }
            child.destroyForcibly();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child ended").isTrue();
        assertThat(written).as("the writer confirmed writes before it was killed").hasSize(writesBeforeKill);
        return written;
    }
}
