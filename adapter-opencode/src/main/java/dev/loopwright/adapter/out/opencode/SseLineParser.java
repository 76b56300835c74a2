package dev.loopwright.adapter.out.opencode;

import java.util.function.Consumer;

/**
 * Turns the lines of a {@code text/event-stream} into event payloads: {@code data:} lines accumulate until a
 * blank line dispatches them; comments and other fields are ignored. Not thread-safe: one stream, one parser.
 */
final class SseLineParser {
    private final Consumer<String> onEvent;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    SseLineParser(Consumer<String> onEvent) {
        this.onEvent = onEvent;
    }

    void line(String line) {
        if (line.isEmpty()) {
            if (hasData) {
                String payload = data.toString();
                data.setLength(0);
                hasData = false;
                onEvent.accept(payload);
            }
            return;
        }
        if (line.startsWith("data:")) {
            if (hasData) {
                data.append('\n');
            }
            String value = line.substring(5);
            data.append(value.startsWith(" ") ? value.substring(1) : value);
            hasData = true;
        }
    }
}
