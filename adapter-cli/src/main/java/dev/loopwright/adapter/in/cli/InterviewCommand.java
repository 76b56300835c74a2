package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code loopwright interview}: answers the interview batch by batch, in the terminal or from a file, until the
 * interview waits for approval.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = "Answer a ticket's interview, batch after batch, until it is ready for approval.",
        footer = {"", "In the terminal: type the number of a choice (several, comma-separated, for multiple choice),",
                "or your own words; an empty line skips the question.", "", "Examples:",
                "  loopwright interview SHOP-1",
                "  loopwright interview SHOP-1 --answers answers.json   # {\"Q01\":\"text\",\"Q02\":[\"opt1\"]}",
                "", "Exit status: 0 when the interview waits for approval, 3 when the ticket is blocked."})
public final class InterviewCommand implements Callable<Integer> {
    private final ServerConnector connector;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TICKET", description = "SHOP-12 or 1:SHOP-12")
    private String ref;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Answers by question id, as JSON: text, or a list of option ids; others are skipped.")
    private Path answersFile;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    public InterviewCommand(ServerConnector connector) {
        this.connector = connector;
    }

    @Override
    public Integer call() throws IOException {
        JsonNode scripted = answersFile == null ? null : readAnswers();
        BufferedReader terminal = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Printer printer = new Printer(spec, output);
        try (ServerConnector.Connection server = connector.connect(connection)) {
            ApiClient api = server.api();
            while (true) {
                // Either a batch to answer, or the interview is over (or the ticket needs something else).
                Optional<JsonNode> ticket = TicketWaiter.until(api, ref, t -> batchWaiting(api, t)
                        || !t.path("status").asText().equals("WAITING_INTERVIEW_ANSWERS")
                        && TicketStatuses.awaitsAPerson(t.path("status").asText()));
                if (ticket.isEmpty()) {
                    throw new ApiException(0, "The server stopped streaming before the interview went on");
                }
                String status = ticket.get().path("status").asText();
                if (!status.equals("WAITING_INTERVIEW_ANSWERS")) {
                    printer.print(ticket.get(), p -> p.line(ref + ": " + p.status(status)
                            + (status.equals("WAITING_INTERVIEW_APPROVAL") ? "  review it with: loopwright approve "
                                    + ref : "")));
                    return status.equals("BLOCKED_ERROR") ? ExitCodes.TICKET_BLOCKED : ExitCodes.OK;
                }
                List<JsonNode> batch = currentBatch(api.get(TicketCommand.path(ref) + "/interview"));
                ObjectNode answers = ApiClient.JSON.createObjectNode();
                ObjectNode choices = ApiClient.JSON.createObjectNode();
                for (JsonNode question : batch) {
                    if (scripted != null) {
                        fromFile(question, scripted.path(question.path("id").asText()), answers, choices);
                    } else {
                        ask(printer, terminal, question, answers, choices);
                    }
                }
                api.post(TicketCommand.path(ref) + "/answer-batch", ApiClient.JSON.createObjectNode()
                        .<ObjectNode>set("answers", answers).set("selectedOptions", choices));
                if (!printer.json()) {
                    printer.line("Answers sent; waiting for the next questions…");
                }
            }
        }
    }

    /** The answers file, checked before anything is sent: a bad one is a usage error. */
    private JsonNode readAnswers() {
        JsonNode answers;
        try {
            answers = ApiClient.JSON.readTree(Files.readString(answersFile));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--answers " + answersFile
                    + ": cannot read it as JSON (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (answers == null || !answers.isObject()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--answers " + answersFile
                    + " must hold a JSON object of answers by question id");
        }
        return answers;
    }

    private boolean batchWaiting(ApiClient api, JsonNode ticket) {
        if (!ticket.path("status").asText().equals("WAITING_INTERVIEW_ANSWERS")) {
            return false;
        }
        try {
            return !currentBatch(api.get(TicketCommand.path(ref) + "/interview")).isEmpty();
        } catch (ApiException e) {
            if (e.status() == 404) {
                return false; // the interviewer has not stored its session yet: its first batch is on the way
            }
            throw e;
        }
    }

    private static List<JsonNode> currentBatch(JsonNode interview) {
        List<JsonNode> batch = new ArrayList<>();
        if (interview.path("awaitingInterviewer").asBoolean(false)) {
            return batch;
        }
        interview.path("questions").forEach(question -> {
            if (question.path("status").asText().equals("current")) {
                batch.add(question);
            }
        });
        return batch;
    }

    private static void fromFile(JsonNode question, JsonNode answer, ObjectNode answers, ObjectNode choices) {
        String id = question.path("id").asText();
        if (answer.isArray()) {
            choices.set(id, answer);
        } else if (answer.isTextual()) {
            answers.put(id, answer.asText());
        }
    }

    private static void ask(Printer printer, BufferedReader terminal, JsonNode question, ObjectNode answers,
            ObjectNode choices) throws IOException {
        String id = question.path("id").asText();
        JsonNode options = question.path("options");
        printer.line("");
        printer.line(id + "  " + question.path("question").asText());
        for (int i = 0; i < options.size(); i++) {
            printer.line("   " + (i + 1) + ") " + options.get(i).path("label").asText());
        }
        boolean multiple = question.path("answerType").asText().equals("multiple_choice");
        printer.line(options.isEmpty() ? "> " : multiple ? "> numbers (1,3), your own words, or empty to skip"
                : "> a number, your own words, or empty to skip");
        String line = terminal.readLine();
        if (line == null || line.isBlank()) {
            return;
        }
        List<String> picked = picked(line.strip(), options, multiple);
        if (picked.isEmpty()) {
            answers.put(id, line.strip());
        } else {
            choices.set(id, ApiClient.JSON.valueToTree(picked));
        }
    }

    /** The option ids the numbers name, or empty when the line is not a list of valid option numbers. */
    static List<String> picked(String line, JsonNode options, boolean multiple) {
        if (options.isEmpty() || !line.matches("\\d+(\\s*,\\s*\\d+)*")) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String number : line.split("\\s*,\\s*")) {
            int index = Integer.parseInt(number) - 1;
            if (index < 0 || index >= options.size()) {
                return List.of();
            }
            ids.add(options.get(index).path("id").asText());
        }
        return multiple || ids.size() == 1 ? ids : List.of();
    }
}
