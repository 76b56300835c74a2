package dev.loopwright.adapter.out.persistence.bench;

import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.service.TicketService;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the SQLite store at the size the issue names: 10,000 tickets in 10 projects and 100,000 artifacts.
 * Run with {@code bench/persistence}. Prints numbers; asserts nothing, because timings belong to the machine.
 */
public final class PersistenceBenchmark {
    private static final int PROJECTS = 10;
    private static final int TICKETS = 10_000;
    private static final int ARTIFACTS_PER_TICKET = 10;
    private static final int LIST_QUERIES = 200;
    private static final int ARTIFACT_BATCH = 1_000;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("loopwright-bench-");
        Clock clock = Clock.systemUTC();
        SqliteStore store = SqliteStore.open(folder.resolve("loopwright.db"), clock);
        TicketService tickets = new TicketService(store.projects(), store.tickets(), store.unitOfWork(), clock);

        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            projects.add(store.projects().create(new NewProject(new Shortname("PRJ" + p), folder.resolve("repo" + p),
                    ProjectDetails.of("Project " + p, null, null), ProjectOverrides.NONE, clock.instant())));
        }

        long start = System.nanoTime();
        List<Ticket> created = new ArrayList<>(TICKETS);
        for (int i = 0; i < TICKETS; i++) {
            Project project = projects.get(i % PROJECTS);
            created.add(tickets.create(new CreateTicketCommand(project.id(),
                    TicketDetails.of("Ticket " + i, "A description of ticket " + i, null))));
        }
        double createSeconds = seconds(start);

        String content = "x".repeat(1_024);
        start = System.nanoTime();
        for (int from = 0; from < created.size(); from += ARTIFACT_BATCH / ARTIFACTS_PER_TICKET) {
            List<Ticket> batch = created.subList(from, Math.min(created.size(), from + ARTIFACT_BATCH / ARTIFACTS_PER_TICKET));
            store.unitOfWork().inTransaction(() -> {
                for (Ticket ticket : batch) {
                    store.attempts().save(PhaseAttempt.first(ticket.id(), TicketStatus.COUNCIL_DELIBERATING, clock.instant()));
                    for (int a = 0; a < ARTIFACTS_PER_TICKET; a++) {
                        store.artifacts().append(new NewArtifact(ticket.id(), TicketStatus.COUNCIL_DELIBERATING, 1,
                                "interview_drafts", content, clock.instant()));
                    }
                }
            });
        }
        double artifactSeconds = seconds(start);

        long[] listNanos = new long[LIST_QUERIES];
        for (int q = 0; q < LIST_QUERIES; q++) {
            Project project = projects.get(q % PROJECTS);
            long queryStart = System.nanoTime();
            int size = store.tickets().findAll(Optional.of(project.id())).size();
            listNanos[q] = System.nanoTime() - queryStart;
            if (size != TICKETS / PROJECTS) {
                throw new IllegalStateException("expected " + TICKETS / PROJECTS + " tickets, got " + size);
            }
        }
        Arrays.sort(listNanos);

        long latestStart = System.nanoTime();
        for (Ticket ticket : created.subList(0, 1_000)) {
            store.artifacts().findLatest(ticket.id(), TicketStatus.COUNCIL_DELIBERATING, 1, "interview_drafts").orElseThrow();
        }
        double latestMicros = (System.nanoTime() - latestStart) / 1_000.0 / 1_000;

        System.out.printf("tickets created:          %,d in %.1f s = %,.0f tickets/s (one transaction each, synchronous=FULL)%n",
                TICKETS, createSeconds, TICKETS / createSeconds);
        System.out.printf("artifacts appended:       %,d in %.1f s = %,.0f artifacts/s (1 KiB each, %,d per transaction)%n",
                TICKETS * ARTIFACTS_PER_TICKET, artifactSeconds, TICKETS * ARTIFACTS_PER_TICKET / artifactSeconds,
                ARTIFACT_BATCH);
        System.out.printf("list tickets of a project (%,d of %,d): p50 %.2f ms, p99 %.2f ms over %d queries%n",
                TICKETS / PROJECTS, TICKETS, millis(listNanos, 0.50), millis(listNanos, 0.99), LIST_QUERIES);
        System.out.printf("latest artifact of a type: %.0f µs per lookup (1,000 lookups)%n", latestMicros);
        System.out.printf("database size:            %.1f MiB (with WAL and shared-memory files)%n",
                directorySize(folder) / 1024.0 / 1024.0);
        deleteRecursively(folder);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double millis(long[] sortedNanos, double quantile) {
        int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static long directorySize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
