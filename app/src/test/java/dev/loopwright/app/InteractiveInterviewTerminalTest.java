package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.app.demo.DemoScenario;
import dev.loopwright.app.demo.DemoScript;
import dev.loopwright.app.demo.SampleRepository;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code loopwright interview} under a real terminal: the command runs in its own JVM inside a pseudo-terminal
 * ({@code script}, util-linux), talks to the server running on the data directory, shows each question, and the
 * answers typed at its prompt become the interview's answers, batch after batch, until it waits for approval.
 */
class InteractiveInterviewTerminalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void answersTypedAtTheTerminalPromptAnswerTheInterview() throws Exception {
        Path repo = SampleRepository.create(temp.resolve("shop"));
        Path data = temp.resolve("data");
        Map<String, String> environment = Map.of("LOOPWRIGHT_DATA_DIR", data.toString());
        try (ScriptedModelServer model = ScriptedModelServer.start(DemoScript.build());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                        new DataDirectory(data, DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                        StreamSettings.DEFAULT, openCode.runtime())) {
            run(environment, "profile", "set", "mainImplementer=" + DemoScenario.MAIN_IMPLEMENTER,
                    "councilMembers=" + JSON.writeValueAsString(DemoScenario.COUNCIL_MEMBERS));
            run(environment, "project", "add", "Shop", "--shortname", "SHOP", "--path", repo.toString());
            run(environment, "ticket", "create", "--project", "1", "--title", DemoScenario.TITLE);
            run(environment, "ticket", "start", "SHOP-1");

            Terminal terminal = Terminal.start(temp, data, "interview", "SHOP-1");
            for (String question : List.of("Q01", "Q02", "Q03", "QFF1")) {
                assertThat(terminal.awaitOutput(question + "  ", PATIENT)).as(terminal.output()).isTrue();
                assertThat(terminal.awaitOutput("> ", PATIENT)).as(terminal.output()).isTrue();
                terminal.type("Typed at the terminal for " + question);
            }

            assertThat(terminal.exitCode(PATIENT)).as(terminal.output()).isZero();
            assertThat(terminal.output()).contains("WAITING_INTERVIEW_APPROVAL", "loopwright approve SHOP-1");
            HttpResponse<String> interview = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/tickets/SHOP-1/interview")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(interview.body()).get("raw").asText()).contains(
                    "Typed at the terminal for Q01", "Typed at the terminal for Q03", "Typed at the terminal for QFF1");
        }
    }

    private String run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(environment, temp.resolve("user-home"));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute(args)).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    /** The command line in its own JVM inside a pseudo-terminal, its output collected as it comes. */
    private static final class Terminal {
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private int consumed;

        private Terminal(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "terminal-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Terminal start(Path folder, Path data, String... args) throws Exception {
            // The class path is long: it travels in a java @argfile, so the terminal's command line stays short.
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            StringBuilder arguments = new StringBuilder("-cp \"" + classPath + "\" " + Main.class.getName());
            for (String arg : args) {
                arguments.append(" \"").append(arg).append('"');
            }
            arguments.append(" --data-dir \"").append(data).append('"');
            Path argFile = Files.writeString(folder.resolve("cli.args"), arguments.toString());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder("script", "--quiet", "--return", "--flush", "--command",
                    java + " @" + argFile, "/dev/null").redirectErrorStream(true).start();
            return new Terminal(process);
        }

        private void read() {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[4096];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (this) {
                        output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        notifyAll();
                    }
                }
            } catch (java.io.IOException ended) {
                // the terminal closed
            }
            synchronized (this) {
                notifyAll();
            }
        }

        /** Waits until {@code text} appears after what earlier waits consumed; false when it never does. */
        synchronized boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                int at = output.indexOf(text, consumed);
                if (at >= 0) {
                    consumed = at + text.length();
                    return true;
                }
                long left = end - System.nanoTime();
                if (left <= 0 || !process.isAlive() && output.indexOf(text, consumed) < 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        void type(String line) throws java.io.IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        int exitCode(Duration timeout) throws InterruptedException {
            assertThat(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)).as("the command ended").isTrue();
            return process.exitValue();
        }

        String output() {
            return output.toString();
        }
    }
}
