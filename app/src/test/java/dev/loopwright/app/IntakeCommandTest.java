package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.domain.intake.PageRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A fresh install set up from the command line ends with a token the developer API accepts. */
class IntakeCommandTest {
    @TempDir
    Path dataDir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        String[] withData = new String[args.length + 2];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = dataDir.toString();
        return runAsGiven(withData);
    }

    private int runAsGiven(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String line() {
        return out.toString().lines().findFirst().orElseThrow();
    }

    @Test
    void setUpAFreshInstallAndIssueATokenShownOnce() throws Exception {
        assertThat(run("intake", "org", "create", "--name", "Acme", "--plan", "business")).isZero();
        String org = line();
        assertThat(org).matches("org_[0-9a-f]{24}");
        assertThat(run("intake", "member", "add", "--org", org, "--name", "Ada", "--email", "ada@example.com",
                "--role", "owner", "--user-id", "ada")).isZero();
        assertThat(line()).isEqualTo("ada");
        assertThat(run("intake", "member", "add", "--org", org, "--name", "Val", "--role", "viewer")).isZero();
        String viewer = line();
        assertThat(run("intake", "client", "create", "--org", org, "--name", "Acme Web")).isZero();
        String client = line();
        assertThat(run("intake", "project", "create", "--org", org, "--client", client, "--name", "Site", "--type",
                "website", "--url", "https://acme.example", "--member", "ada")).isZero();
        String project = line();
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).matches("pk_[0-9a-f]{32}");
        assertThat(run("intake", "project", "create", "--org", org, "--client", client, "--name", "Board", "--type",
                "board")).isZero();
        String board = line();
        assertThat(run("intake", "list", "create", "--org", org, "--project", board, "--name", "To Do")).isZero();

        assertThat(run("intake", "token", "create", "--org", org, "--member", "ada", "--name", "CI Pipeline"))
                .isZero();
        String token = line();
        assertThat(token).matches("tok_[0-9a-f]{64}");
        assertThat(err.toString()).contains("not shown again");

        // The token authenticates against the same database, scoped to the organisation.
        MutableClock clock = MutableClock.atEpochDay();
        IntakeServices services = new IntakeServices(SqliteStore.open(dataDir.resolve("loopwright.db"), clock),
                clock);
        ApiCaller caller = services.tokens.authenticate(token).orElseThrow();
        assertThat(caller.organisationId().value()).isEqualTo(org);
        assertThat(services.directory.listProjects(caller, PageRequest.first()).items()).extracting(p -> p.id().value())
                .containsExactlyInAnyOrder(project, board);
        assertThat(new String(Files.readAllBytes(dataDir.resolve("loopwright.db")), "ISO-8859-1"))
                .doesNotContain(token.substring(4));

        assertThat(run("intake", "token", "list", "--org", org)).isZero();
        assertThat(out.toString()).contains("CI Pipeline", "active", token.substring(0, 8) + "…")
                .doesNotContain(token);
        String tokenId = out.toString().lines().findFirst().orElseThrow().split("\t")[0];
        assertThat(run("intake", "token", "revoke", "--org", org, "--id", tokenId)).isZero();
        assertThat(services.tokens.authenticate(token)).isEmpty();

        // Viewers may not hold new tokens.
        assertThat(run("intake", "token", "create", "--org", org, "--member", viewer, "--name", "x")).isEqualTo(1);
        assertThat(err.toString()).contains("Only owners and developers may create tokens");
        assertThat(Optional.of(err.toString())).get().asString().doesNotContain("\tat ");
    }

    @Test
    void badInputIsAClearFailure() {
        assertThat(run("intake", "org", "create", "--name", "X", "--plan", "gold")).isEqualTo(2);
        assertThat(err.toString()).contains("--plan: plan must be one of starter, pro, business");
        assertThat(run("intake", "client", "create", "--org", "org_missing", "--name", "C")).isEqualTo(1);
        assertThat(err.toString()).contains("Organisation not found: org_missing");
        assertThat(run("intake", "member", "add", "--org", "bad id", "--name", "C")).isEqualTo(1);
        assertThat(runAsGiven("intake")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing command: choose one of org, member, client, project, list, token");
    }
}
