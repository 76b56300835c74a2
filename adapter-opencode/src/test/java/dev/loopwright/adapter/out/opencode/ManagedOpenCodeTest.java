package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.domain.profile.ModelId;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The managed {@code opencode serve}: killed mid-prompt, it fails the prompt as unreachable and comes back. */
class ManagedOpenCodeTest {
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @TempDir
    Path root;

    @Test
    void killedMidPromptThePromptFailsAsUnreachableLongBeforeItsDeadlineAndTheServerComesBack() throws Exception {
        Script script = Script.builder().on(When.lastUserContains("HANG"), Response.hang())
                .on(When.lastUserContains("PING"), Response.reply("pong")).build();
        try (RealOpenCode openCode = RealOpenCode.start(script, root)) {
            OpenCodeModelRuntime runtime = openCode.runtime(1);
            ManagedOpenCode server = openCode.server();
            URI firstAddress = server.baseUri();
            RuntimeSession session = runtime.openSession(new SessionRequest(openCode.newRepository("killed"), "k"));
            CompletableFuture<RuntimeFailureKind> prompt = CompletableFuture.supplyAsync(() -> {
                try {
                    runtime.prompt(PromptRequest.of(session, new ModelId(RealOpenCode.MODEL), "HANG", ToolPolicy.NONE,
                            DEADLINE));
                    return null;
                } catch (ModelRuntimeException e) {
                    return e.kind();
                }
            });
            assertThat(openCode.awaitAgentRequest("HANG", Duration.ofSeconds(60))).isTrue();

            ProcessHandle.of(server.pid()).orElseThrow().destroyForcibly();

            // Far shorter than the prompt's own deadline: a hang here would fail this get, not pass it.
            assertThat(prompt.get(60, TimeUnit.SECONDS)).isEqualTo(RuntimeFailureKind.UNREACHABLE);
            assertThat(server.awaitStarts(2, Duration.ofSeconds(90))).isTrue();
            assertThat(server.baseUri()).isEqualTo(firstAddress);
            assertThat(runtime.health().reachable()).isTrue();
        }
    }

    @Test
    void closeStopsTheServer() throws Exception {
        RealOpenCode openCode = RealOpenCode.start(Script.replying("ok"), root);
        ProcessHandle process = ProcessHandle.of(openCode.server().pid()).orElseThrow();
        OpenCodeModelRuntime runtime = openCode.runtime(1);
        assertThat(runtime.health().reachable()).isTrue();

        openCode.close();

        assertThat(process.isAlive()).isFalse();
        assertThat(runtime.health().reachable()).isFalse();
    }

    @Test
    void closeAlsoStopsTheChildProcessesTheServerStarted() throws Exception {
        // A stand-in server that, like opencode running git, leaves a child process running when it is stopped.
        Path childPid = root.resolve("child.pid");
        Path binary = Files.writeString(root.resolve("serve.sh"), "#!/bin/sh\n"
                + "sleep 300 &\necho $! > " + childPid + "\n"
                + "echo 'server listening on http://127.0.0.1:9'\nwait\n");
        binary.toFile().setExecutable(true);
        ManagedOpenCode server = ManagedOpenCode.start(new ManagedOpenCode.Launch(binary, root, Map.of(),
                Duration.ofSeconds(30)));
        ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(childPid).trim())).orElseThrow();
        assertThat(child.isAlive()).isTrue();

        server.close();

        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void aBinaryThatDoesNotServeFailsToStart() {
        ManagedOpenCode.Launch launch = new ManagedOpenCode.Launch(Path.of("/bin/true"), root, Map.of(),
                Duration.ofSeconds(30));

        assertThatThrownBy(() -> ManagedOpenCode.start(launch))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("did not start listening");
    }
}
