package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwright profile}: the models and budgets every ticket starts from. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Show or change the profile.",
        footer = {"", "Examples:", "  loopwright profile show",
                "  loopwright profile set mainImplementer=openai/gpt-5 "
                        + "councilMembers='[\"anthropic/claude-sonnet-4\"]' maxIterations=3"})
public final class ProfileCommand implements Runnable {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    public ProfileCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        throw MissingSubcommand.of(spec);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the profile.")
    int show(@Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            JsonNode profile = server.api().get("/api/profile");
            new Printer(spec, output).print(profile, p -> print(p, profile));
        }
        return ExitCodes.OK;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set profile fields (names as in GET /api/profile); creates the profile the first time. "
                    + "Whole numbers and true/false are sent as such, everything else as text.")
    int set(@Parameters(paramLabel = "FIELD=VALUE", arity = "1..*") Map<String, String> fields,
            @Mixin ConnectionOptions connection, @Mixin OutputOptions output) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        fields.forEach((name, value) -> {
            if (name.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "A field name is missing in =" + value);
            }
            if (value.matches("-?\\d{1,9}")) {
                body.put(name, Integer.parseInt(value));
            } else if (value.equals("true") || value.equals("false")) {
                body.put(name, Boolean.parseBoolean(value));
            } else {
                body.put(name, value);
            }
        });
        try (ServerConnector.Connection server = connector.connect(connection)) {
            boolean exists = !server.api().get("/api/profile").isNull();
            JsonNode profile = exists ? server.api().patch("/api/profile", body)
                    : server.api().post("/api/profile", body);
            new Printer(spec, output).print(profile, p -> print(p, profile));
        }
        return ExitCodes.OK;
    }

    private static void print(Printer printer, JsonNode profile) {
        if (profile.isNull()) {
            printer.line("No profile yet: loopwright profile set mainImplementer=PROVIDER/MODEL councilMembers=…");
            return;
        }
        profile.fields().forEachRemaining(field -> printer.line(field.getKey() + ": "
                + (field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString())));
    }
}
