package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseLineParserTest {
    private final List<String> events = new ArrayList<>();
    private final SseLineParser parser = new SseLineParser(events::add);

    @Test
    void aBlankLineDispatchesTheDataLinesBeforeIt() {
        feed("data: {\"a\":1}", "", "data:{\"b\":2}", "");

        assertThat(events).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void multiLineDataIsJoinedWithNewlines() {
        feed("data: first", "data: second", "");

        assertThat(events).containsExactly("first\nsecond");
    }

    @Test
    void commentsOtherFieldsAndEmptyEventsAreIgnored() {
        feed(": keep-alive", "", "id: 7", "event: message", "retry: 100", "", "data: kept", "");

        assertThat(events).containsExactly("kept");
    }

    @Test
    void anUnfinishedEventIsNotDispatched() {
        feed("data: half");

        assertThat(events).isEmpty();
    }

    private void feed(String... lines) {
        for (String line : lines) {
            parser.line(line);
        }
    }
}
