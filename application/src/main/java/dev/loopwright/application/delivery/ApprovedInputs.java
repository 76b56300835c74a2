package dev.loopwright.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the person approved that delivery needs: the setup plan's whole-project test commands and the beads' titles
 * and test commands. Read leniently (only these fields), because both documents were validated when approved.
 */
final class ApprovedInputs {
    private final ApprovedArtifacts approved;

    ApprovedInputs(ApprovedArtifacts approved) {
        this.approved = approved;
    }

    /** {@code project_commands.test_full} of the approved execution setup plan, in order; empty when none. */
    List<String> setupPlanTestCommands(TicketId ticket) {
        List<String> commands = new ArrayList<>();
        approved.approved(ticket, TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL).map(plan -> parse(plan.content()))
                .ifPresent(plan -> plan.path("project_commands").path("test_full").forEach(command -> add(commands,
                        command.asText(""))));
        return commands;
    }

    /** Every bead's test commands, each once, in plan order. */
    List<String> beadTestCommands(TicketId ticket) {
        Set<String> commands = new LinkedHashSet<>();
        beads(ticket).forEach(bead -> bead.path("testCommands").forEach(command -> add(commands, command.asText(""))));
        return List.copyOf(commands);
    }

    List<String> beadTitles(TicketId ticket) {
        List<String> titles = new ArrayList<>();
        beads(ticket).forEach(bead -> add(titles, bead.path("title").asText("")));
        return titles;
    }

    private List<JsonNode> beads(TicketId ticket) {
        List<JsonNode> beads = new ArrayList<>();
        approved.approved(ticket, TicketStatus.WAITING_BEADS_APPROVAL).ifPresent(plan -> {
            for (String line : plan.content().split("\\R")) {
                if (!line.isBlank()) {
                    JsonNode bead = parse(line);
                    if (bead.isObject()) {
                        beads.add(bead);
                    }
                }
            }
        });
        return beads;
    }

    private static void add(Collection<String> into, String value) {
        if (!value.isBlank()) {
            into.add(value.strip());
        }
    }

    private static JsonNode parse(String text) {
        try {
            return DeliveryStore.JSON.readTree(text);
        } catch (IOException unreadable) {
            return DeliveryStore.JSON.missingNode();
        }
    }

    /** Where the final test's commands came from. */
    enum CommandSource {
        SETUP_PLAN("project_commands.test_full of the approved execution setup plan"),
        BEAD_TEST_COMMANDS("the approved beads' test commands");

        private final String description;

        CommandSource(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** The final test's commands: the setup plan's whole-project tests, else every bead's tests. */
    record FinalTestCommands(List<String> commands, Optional<CommandSource> source) {
    }

    FinalTestCommands finalTestCommands(TicketId ticket) {
        List<String> plan = setupPlanTestCommands(ticket);
        if (!plan.isEmpty()) {
            return new FinalTestCommands(plan, Optional.of(CommandSource.SETUP_PLAN));
        }
        List<String> beads = beadTestCommands(ticket);
        return beads.isEmpty() ? new FinalTestCommands(List.of(), Optional.empty())
                : new FinalTestCommands(beads, Optional.of(CommandSource.BEAD_TEST_COMMANDS));
    }
}
