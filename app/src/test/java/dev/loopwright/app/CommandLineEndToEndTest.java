package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.app.demo.CheckoutWatch;
import dev.loopwright.app.demo.DemoScenario;
import dev.loopwright.app.demo.DemoScript;
import dev.loopwright.app.demo.SampleRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command-line front door, end to end: the sample ticket from DRAFT to COMPLETED through {@code loopwright}
 * commands run in this process ({@code project add}, {@code profile set}, {@code ticket create|start},
 * {@code interview --answers}, {@code approve --yes}, {@code watch}, {@code merge}), each starting the engine on the
 * data directory while it runs, with a real {@code opencode serve}, the scripted model, real git and SQLite.
 */
class CommandLineEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(6);
    private static final String TICKET = DemoScenario.TICKET;

    @TempDir
    Path temp;

    private Map<String, String> environment;
    private final List<String> transcript = new ArrayList<>();
    private String out;
    private String err;

    @Test
    void theCommandsTakeTheSampleTicketFromDraftToAMergedChange() throws Exception {
        Path repo = SampleRepository.create(temp.resolve("shop"));
        CheckoutWatch checkout = new CheckoutWatch(repo);
        Path answers = Files.writeString(temp.resolve("answers.json"), JSON.writeValueAsString(DemoScenario.answers()));
        long started = System.nanoTime();
        try (ScriptedModelServer model = ScriptedModelServer.start(DemoScript.build());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model))) {
            environment = Map.of("LOOPWRIGHT_DATA_DIR", temp.resolve("data").toString(), "LOOPWRIGHT_OPENCODE_URL",
                    openCode.managedAddress().orElseThrow().toString());

            succeeds("profile", "set", "mainImplementer=" + DemoScenario.MAIN_IMPLEMENTER,
                    "councilMembers=" + JSON.writeValueAsString(DemoScenario.COUNCIL_MEMBERS));
            succeeds("project", "add", DemoScenario.PROJECT_NAME, "--shortname", DemoScenario.SHORTNAME,
                    "--path", repo.toString());
            succeeds("ticket", "create", "--project", "1", "--title", DemoScenario.TITLE, "--description",
                    DemoScenario.DESCRIPTION);
            succeeds("ticket", "start", TICKET);
            succeeds("interview", TICKET, "--answers", answers.toString());
            assertThat(out).contains("WAITING_INTERVIEW_APPROVAL");

            long end = System.nanoTime() + PATIENT.toNanos();
            String status = status();
            while (!status.equals("COMPLETED")) {
                assertThat(System.nanoTime()).as("completed in time; the commands so far:\n" + transcript())
                        .isLessThan(end);
                assertThat(status).as(transcript()).isNotEqualTo("BLOCKED_ERROR");
                if (status.endsWith("_APPROVAL")) {
                    succeeds("approve", TICKET, "--yes");
                } else if (status.equals("WAITING_PR_REVIEW")) {
                    checkout.lookBeforeMerge();
                    succeeds("merge", TICKET);
                } else {
                    succeeds("watch", TICKET);
                }
                status = status();
            }
            System.out.printf("command-line run took %.1f s%n", (System.nanoTime() - started) / 1e9);

            succeeds("ticket", "show", TICKET, "--json");
            LifecycleAssertions.assertDelivered(repo, checkout.startCommit(), JSON.readTree(out),
                    checkout.untouchedBeforeMerge(), temp.resolve("check"));
        }
    }

    private String status() throws Exception {
        succeeds("ticket", "show", TICKET, "--json");
        JsonNode ticket = JSON.readTree(out);
        return ticket.get("status").asText();
    }

    private void succeeds(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine commandLine = Main.commandLine(environment, temp.resolve("user-home"));
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(errors, true));
        int exit = commandLine.execute(args);
        out = output.toString();
        err = errors.toString();
        if (!args[0].equals("ticket") || !args[1].equals("show")) {
            transcript.add("$ loopwright " + String.join(" ", args) + "  → exit " + exit + "\n" + out + err);
        }
        assertThat(exit).as(String.join(" ", args) + ": " + err + "\n" + transcript()).isZero();
    }

    private String transcript() {
        return String.join("\n", transcript);
    }
}
