package dev.loopwright.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** How a typed line becomes an answer, and how progress is drawn. */
class AnswerParsingTest {
    private static final JsonNode OPTIONS = options();

    @Test
    void numbersPickOptionsAndAnythingElseIsTheUsersOwnWords() {
        assertThat(InterviewCommand.picked("2", OPTIONS, false)).containsExactly("opt2");
        assertThat(InterviewCommand.picked("1, 3", OPTIONS, true)).containsExactly("opt1", "opt3");
        assertThat(InterviewCommand.picked("1,3", OPTIONS, false)).as("one choice only").isEmpty();
        assertThat(InterviewCommand.picked("4", OPTIONS, false)).as("no such option").isEmpty();
        assertThat(InterviewCommand.picked("0", OPTIONS, false)).isEmpty();
        assertThat(InterviewCommand.picked("2 apples", OPTIONS, false)).isEmpty();
        assertThat(InterviewCommand.picked("2", ApiClient.JSON.createArrayNode(), false)).as("free text").isEmpty();
    }

    @Test
    void theBarFillsWithWhatIsDone() {
        assertThat(WatchCommand.bar(0, 4)).startsWith("[....").endsWith("] 0/4");
        assertThat(WatchCommand.bar(2, 4)).startsWith("[############............]");
        assertThat(WatchCommand.bar(4, 4)).contains("[########################]");
        assertThat(WatchCommand.bar(1, 0)).endsWith("] 1/0");
    }

    private static JsonNode options() {
        var array = ApiClient.JSON.createArrayNode();
        for (int i = 1; i <= 3; i++) {
            array.addObject().put("id", "opt" + i).put("label", "Option " + i);
        }
        return array;
    }
}
