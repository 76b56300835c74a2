package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code loopwright approve}: shows what waits for approval (interview, PRD, bead plan or setup plan), asks, and
 * approves exactly what was shown: the request names its SHA-256, so a document changed meanwhile is refused.
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Show the document a ticket waits on, confirm, and approve it.",
        footer = {"", "Examples:", "  loopwright approve SHOP-1", "  loopwright approve SHOP-1 --yes --json"})
public final class ApproveCommand implements Callable<Integer> {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12")
    private String ref;

    @Option(names = {"-y", "--yes"}, description = "Approve without asking (the document is still shown).")
    private boolean yes;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    public ApproveCommand(ServerConnector connector) {
        this.connector = connector;
    }

    /** The document under review and the hash that approves it. */
    private record Review(String what, String text, String sha256) {
    }

    @Override
    public Integer call() throws IOException {
        try (ServerConnector.Connection server = connector.connect(connection)) {
            ApiClient api = server.api();
            String status = api.get(TicketCommand.path(ref)).path("status").asText();
            if (status.equals("WAITING_EXECUTION_SETUP_APPROVAL") && !TicketStatuses.setupPlanReady(api, ref)) {
                // Entered the gate, plan still being drafted: wait for it (the engine works while we wait).
                status = TicketWaiter.until(api, ref, t -> !t.path("status").asText()
                        .equals("WAITING_EXECUTION_SETUP_APPROVAL") || TicketStatuses.setupPlanReady(api, ref))
                        .orElseThrow(() -> new ApiException(0, "The server stopped streaming before the plan was"
                                + " drafted")).path("status").asText();
            }
            Review review = review(api, status);
            Printer printer = new Printer(spec, output);
            if (!printer.json()) {
                printer.line("── " + review.what() + " of " + ref + " (sha256 " + review.sha256() + ") ──");
                printer.line(review.text());
            }
            if (!yes && !confirm(printer, review.what())) {
                spec.commandLine().getErr().println("loopwright: not approved");
                return ExitCodes.FAILURE;
            }
            JsonNode ticket = api.post(TicketCommand.path(ref) + "/approve", ApiClient.JSON.createObjectNode()
                    .put("expectedContentSha256", review.sha256()));
            printer.print(ticket, p -> p.line(ref + " approved: " + p.status(ticket.path("status").asText())));
            return ExitCodes.OK;
        }
    }

    private Review review(ApiClient api, String status) {
        String ticket = TicketCommand.path(ref);
        String files = "/api/files/" + ApiClient.encode(ref);
        switch (status) {
            case "WAITING_INTERVIEW_APPROVAL" -> {
                JsonNode interview = api.get(ticket + "/interview");
                return new Review("Interview", interview.path("raw").asText(), interview.path("contentSha256").asText());
            }
            case "WAITING_PRD_APPROVAL" -> {
                JsonNode prd = api.get(files + "/prd");
                return new Review("PRD", prd.path("content").asText(), prd.path("contentSha256").asText());
            }
            case "WAITING_BEADS_APPROVAL" -> {
                // The plan's hash travels in a header of the same answer as the plan.
                ApiClient.Headed plan = api.getWithHeader(ticket + "/beads", "X-Content-Sha256");
                String sha256 = plan.header().orElseThrow(() -> new ApiException(502,
                        "The server sent the bead plan without its X-Content-Sha256 hash"));
                JsonNode beads = plan.body();
                StringBuilder text = new StringBuilder();
                beads.forEach(bead -> text.append("• ").append(bead.path("id").asText()).append(": ")
                        .append(bead.path("title").asText()).append(bead.path("dependencies").path("blocked_by")
                                .isEmpty() ? "" : "  (after " + bead.path("dependencies").path("blocked_by") + ")")
                        .append('\n'));
                return new Review("Bead plan", text.toString().stripTrailing(), sha256);
            }
            case "WAITING_EXECUTION_SETUP_APPROVAL" -> {
                JsonNode plan = api.get(ticket + "/execution-setup-plan");
                return new Review("Execution setup plan", plan.path("raw").asText(),
                        plan.path("contentSha256").asText());
            }
            default -> throw new ApiException(409, ref + " is " + status + ": nothing waits for approval");
        }
    }

    private boolean confirm(Printer printer, String what) throws IOException {
        printer.line("Approve this " + what.toLowerCase() + "? [y/N]");
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
