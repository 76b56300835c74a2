package dev.loopwright.application.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionMarkerTest {

    @Test
    void aDoneMarkerAtTheEndIsDone() {
        assertThat(CompletionMarker.read("Work.\n<BEAD_STATUS>{\"bead_id\":\"B1\",\"status\":\"done\",\"checks\":"
                + "{\"tests\":\"pass\",\"lint\":true}}</BEAD_STATUS>", "B1")).isInstanceOf(CompletionMarker.Done.class);
    }

    @Test
    void fencesAnUnclosedTagAndStatusSpellingsAreTolerated() {
        assertThat(CompletionMarker.read("<BEAD_STATUS>\n```json\n{\"beadId\": \"B1\", \"status\": \"Completed\"}\n```",
                "B1")).isInstanceOf(CompletionMarker.Done.class);
    }

    @Test
    void theLastMarkerWinsOverAnEchoedExample() {
        String reply = "The format is <BEAD_STATUS>{\"bead_id\":\"B1\",\"status\":\"error\"}</BEAD_STATUS>\n"
                + "<BEAD_STATUS>{\"bead_id\":\"B1\",\"status\":\"done\"}</BEAD_STATUS>";
        assertThat(CompletionMarker.read(reply, "B1")).isInstanceOf(CompletionMarker.Done.class);
    }

    @Test
    void anotherBeadsIdAnUnknownStatusOrNoMarkerIsInvalid() {
        assertThat(CompletionMarker.read("<BEAD_STATUS>{\"bead_id\":\"B2\",\"status\":\"done\"}</BEAD_STATUS>", "B1"))
                .isInstanceOf(CompletionMarker.Invalid.class);
        assertThat(CompletionMarker.read("<BEAD_STATUS>{\"bead_id\":\"B1\",\"status\":\"maybe\"}</BEAD_STATUS>", "B1"))
                .isInstanceOf(CompletionMarker.Invalid.class);
        assertThat(CompletionMarker.read("<BEAD_STATUS>not json</BEAD_STATUS>", "B1"))
                .isInstanceOf(CompletionMarker.Invalid.class);
        assertThat(CompletionMarker.read("I am done!", "B1")).isInstanceOf(CompletionMarker.Invalid.class);
    }

    @Test
    void anErrorOrAFailingGateIsNotDoneWithItsReason() {
        assertThat(CompletionMarker.read("<BEAD_STATUS>{\"bead_id\":\"B1\",\"status\":\"error\",\"reason\":\"no"
                + " database\"}</BEAD_STATUS>", "B1")).isEqualTo(new CompletionMarker.NotDone("no database"));
        assertThat(CompletionMarker.read("<BEAD_STATUS>{\"bead_id\":\"B1\",\"status\":\"done\",\"checks\":{\"tests\":"
                + "\"fail\"}}</BEAD_STATUS>", "B1")).isInstanceOf(CompletionMarker.NotDone.class);
    }
}
