package dev.loopwright.app;

import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.in.AddMemberCommand;
import dev.loopwright.application.port.in.CreateIntakeProjectCommand;
import dev.loopwright.application.port.in.IssuedToken;
import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.MemberRole;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.ProjectType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loopwright intake …}: sets up the feedback intake on a fresh install (organisation, members, clients,
 * projects, board lists) and manages developer-API tokens. Each command prints the id it created on stdout, so
 * scripts can chain them; a token's secret is printed once and kept nowhere.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Set up the feedback intake and manage its /api/v1 tokens.",
        subcommands = {IntakeCommand.Org.class, IntakeCommand.MemberCmd.class, IntakeCommand.ClientCmd.class,
                IntakeCommand.ProjectCmd.class, IntakeCommand.ListCmd.class, IntakeCommand.Token.class},
        footer = {"", "Example (a fresh install):",
                "  ORG=$(loopwright intake org create --name Acme --plan pro)",
                "  USER=$(loopwright intake member add --org $ORG --name Ada --email ada@example.com --role owner)",
                "  CLIENT=$(loopwright intake client create --org $ORG --name 'Acme Web')",
                "  loopwright intake project create --org $ORG --client $CLIENT --name Site --type website"
                        + " --url https://acme.example --member $USER",
                "  loopwright intake token create --org $ORG --member $USER --name 'CI Pipeline'"})
final class IntakeCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The data directory option every intake command shares, and the services over its database. */
    static final class Storage {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Where the database lives (default: env LOOPWRIGHT_DATA_DIR, else"
                        + " $XDG_DATA_HOME/loopwright, else ~/.local/share/loopwright).")
        private Path dataDir;

        <T> T run(Function<IntakeServices, T> work) {
            DataDirectory data = DataDirectory.resolve(Optional.ofNullable(dataDir), System.getenv(),
                    Path.of(System.getProperty("user.home")));
            SqliteStore store = SqliteStore.open(data.databaseFile(), Clock.systemUTC());
            return work.apply(new IntakeServices(store, Clock.systemUTC()));
        }
    }

    /** A printing subcommand: its result line goes to stdout. */
    abstract static class Printing implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Storage storage;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        static <E extends Enum<E>> E choice(CommandSpec spec, String option, String value, Function<String, E> parse) {
            try {
                return parse.apply(value.toLowerCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "org", mixinStandardHelpOptions = true, description = "Organisations.",
            subcommands = {Org.Create.class})
    static final class Org {
        @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an organisation; prints its id.")
        static final class Create extends Printing {
            @Option(names = "--name", required = true)
            String name;
            @Option(names = "--plan", defaultValue = "pro", description = "starter, pro or business (default: pro).")
            String plan;

            @Override
            public Integer call() {
                Plan chosen = choice(spec, "--plan", plan, Plan::parse);
                Organisation org = storage.run(s -> s.admin.createOrganisation(name, chosen));
                out().println(org.id());
                return 0;
            }
        }
    }

    @Command(name = "member", mixinStandardHelpOptions = true, description = "Members of an organisation.",
            subcommands = {MemberCmd.Add.class})
    static final class MemberCmd {
        @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a member; prints the user id.")
        static final class Add extends Printing {
            @Option(names = "--org", required = true)
            String org;
            @Option(names = "--name", required = true, description = "Display name.")
            String name;
            @Option(names = "--email", defaultValue = "")
            String email;
            @Option(names = "--role", defaultValue = "developer", description = "owner, developer or viewer.")
            String role;
            @Option(names = "--user-id", description = "The user id to use (default: generated).")
            String userId;

            @Override
            public Integer call() {
                MemberRole chosen = choice(spec, "--role", role, MemberRole::parse);
                Member member = storage.run(s -> s.admin.addMember(new AddMemberCommand(new OrganisationId(org),
                        Optional.ofNullable(userId).map(MemberId::new), name, email, chosen)));
                out().println(member.userId());
                return 0;
            }
        }
    }

    @Command(name = "client", mixinStandardHelpOptions = true, description = "Clients of an organisation.",
            subcommands = {ClientCmd.Create.class})
    static final class ClientCmd {
        @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a client; prints its id.")
        static final class Create extends Printing {
            @Option(names = "--org", required = true)
            String org;
            @Option(names = "--name", required = true)
            String name;
            @Option(names = "--email")
            String email;

            @Override
            public Integer call() {
                Client client = storage.run(s -> s.admin.createClient(new OrganisationId(org), name,
                        Optional.ofNullable(email)));
                out().println(client.id());
                return 0;
            }
        }
    }

    @Command(name = "project", mixinStandardHelpOptions = true, description = "Website and board projects.",
            subcommands = {ProjectCmd.Create.class})
    static final class ProjectCmd {
        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Create a project; prints its id, then its public widget key.")
        static final class Create extends Printing {
            @Option(names = "--org", required = true)
            String org;
            @Option(names = "--client", required = true)
            String client;
            @Option(names = "--name", required = true)
            String name;
            @Option(names = "--type", defaultValue = "website", description = "website or board.")
            String type;
            @Option(names = "--url", description = "The website's URL (website projects only).")
            String url;
            @Option(names = "--member", description = "A user id given access (repeatable).")
            List<String> members = new ArrayList<>();

            @Override
            public Integer call() {
                ProjectType chosen = choice(spec, "--type", type, ProjectType::parse);
                IntakeProject project = storage.run(s -> s.admin.createProject(new CreateIntakeProjectCommand(
                        new OrganisationId(org), new ClientId(client), name, chosen, Optional.ofNullable(url),
                        members.stream().map(MemberId::new).toList())));
                out().println(project.id());
                out().println(project.apiKey());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists (columns) of board projects.",
            subcommands = {ListCmd.Create.class})
    static final class ListCmd {
        @Command(name = "create", mixinStandardHelpOptions = true, description = "Add a list; prints its id.")
        static final class Create extends Printing {
            @Option(names = "--org", required = true)
            String org;
            @Option(names = "--project", required = true)
            String project;
            @Option(names = "--name", required = true)
            String name;

            @Override
            public Integer call() {
                BoardList list = storage.run(s -> s.admin.createBoardList(new OrganisationId(org),
                        new IntakeProjectId(project), name));
                out().println(list.id());
                return 0;
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Developer-API tokens.",
            subcommands = {Token.Create.class, Token.ListTokens.class, Token.Revoke.class})
    static final class Token {
        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Create a token for an owner or developer; prints it once (only its hash is kept).")
        static final class Create extends Printing {
            @Option(names = "--org", required = true)
            String org;
            @Option(names = "--member", required = true, description = "The owner's or developer's user id.")
            String member;
            @Option(names = "--name", required = true, description = "What it is for, e.g. \"CI Pipeline\".")
            String name;

            @Override
            public Integer call() {
                IssuedToken issued = storage.run(s -> s.tokens.createToken(new OrganisationId(org),
                        new MemberId(member), name));
                out().println(issued.secret());
                spec.commandLine().getErr().println("Token " + issued.token().id()
                        + " created. Copy it now: it is not shown again.");
                return 0;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List an organisation's tokens.")
        static final class ListTokens extends Printing {
            @Option(names = "--org", required = true)
            String org;

            @Override
            public Integer call() {
                List<ApiToken> tokens = storage.run(s -> s.tokens.listTokens(new OrganisationId(org)));
                for (ApiToken token : tokens) {
                    out().println(token.id() + "\ttok_" + token.prefix() + "…\t" + token.memberId() + "\t" + token.name()
                            + "\t" + token.revokedAt().map(at -> "revoked " + at).orElse("active"));
                }
                return 0;
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
        static final class Revoke extends Printing {
            @Option(names = "--org", required = true)
            String org;
            @Option(names = "--id", required = true, description = "The token's id (from `token list`).")
            String id;

            @Override
            public Integer call() {
                storage.run(s -> {
                    s.tokens.revokeToken(new OrganisationId(org), new ApiTokenId(id));
                    return null;
                });
                out().println("revoked " + id);
                return 0;
            }
        }
    }
}
