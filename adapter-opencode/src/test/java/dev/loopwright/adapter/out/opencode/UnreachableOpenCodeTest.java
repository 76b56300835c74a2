package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.domain.profile.ModelId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Nothing listens at the configured address: every call says so at once, and nothing throws from health. */
class UnreachableOpenCodeTest {
    private final OpenCodeModelRuntime runtime = new OpenCodeModelRuntime(OpenCodeSettings.at(closedPort()));

    @Test
    void healthIsDownWithTheReason() {
        assertThat(runtime.health().reachable()).isFalse();
        assertThat(runtime.health().problem()).hasValueSatisfying(problem -> assertThat(problem).contains("not reachable"));
    }

    @Test
    void callsFailAsUnreachable() {
        RuntimeSession session = new RuntimeSession("ses_1", Path.of("/tmp"));

        assertUnreachable(() -> runtime.catalog());
        assertUnreachable(() -> runtime.pendingQuestions(Path.of("/tmp")));
        assertUnreachable(() -> runtime.prompt(PromptRequest.of(session, new ModelId("p/m"), "hi", ToolPolicy.NONE,
                Duration.ofMinutes(5))));
        assertThat(runtime.abort(session)).isFalse();
    }

    @Test
    void idsThatAreNotOpenCodesNeverReachAUrl() {
        // Had it been sent, the closed port would have made this UNREACHABLE.
        assertThat(runtime.findSession("../global/health")).isEmpty();
    }

    @Test
    void settingsComeFromTheEnvironment() {
        OpenCodeSettings settings = OpenCodeSettings.fromEnvironment(Map.of(
                OpenCodeSettings.URL_VARIABLE, "http://127.0.0.1:5000", "OPENCODE_SERVER_PASSWORD", "secret"));

        assertThat(settings.baseUri()).isEqualTo(URI.create("http://127.0.0.1:5000"));
        assertThat(settings.password()).contains("secret");
        assertThat(OpenCodeSettings.fromEnvironment(Map.of()).baseUri())
                .isEqualTo(OpenCodeSettings.DEFAULT_URI);
    }

    private static void assertUnreachable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ModelRuntimeException.class,
                e -> assertThat(e.kind()).isEqualTo(RuntimeFailureKind.UNREACHABLE));
    }

    /** A loopback port that was free a moment ago and is closed now. */
    private static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
