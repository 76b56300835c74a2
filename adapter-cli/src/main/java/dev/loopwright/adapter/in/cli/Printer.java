package dev.loopwright.adapter.in.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a result as JSON for scripts or as text for people, in colour only on a terminal. */
final class Printer {
    private final PrintWriter out;
    private final boolean json;
    private final CommandLine.Help.Ansi ansi;

    Printer(CommandSpec spec, OutputOptions options) {
        this.out = spec.commandLine().getOut();
        this.json = options.json;
        this.ansi = spec.commandLine().getColorScheme().ansi();
    }

    void print(JsonNode answer, Consumer<Printer> text) {
        if (json) {
            try {
                out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not print the answer", e);
            }
        } else {
            text.accept(this);
        }
        out.flush();
    }

    boolean json() {
        return json;
    }

    /** One compact JSON document on one line: for streams of events. */
    void jsonLine(JsonNode node) {
        out.println(node.toString());
        out.flush();
    }

    void line(String text) {
        out.println(text);
    }

    /** A status in colour: red when blocked, green when done, yellow when waiting for a person. */
    String status(String status) {
        String style = status.equals("BLOCKED_ERROR") ? "red" : status.equals("COMPLETED") ? "green"
                : status.startsWith("WAITING_") ? "yellow" : "bold";
        return ansi.string("@|" + style + " " + status + "|@");
    }
}
