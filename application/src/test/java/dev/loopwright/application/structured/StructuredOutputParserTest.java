package dev.loopwright.application.structured;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructuredOutputParserTest {
    private final StructuredOutputParser questions = new StructuredOutputParser(Set.of("questions"), Optional.empty());
    private final StructuredOutputParser batch = new StructuredOutputParser(Set.of("batch_number", "questions"),
            Optional.of("INTERVIEW_BATCH"));

    private static ParseOutcome.Parsed parsed(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }

    private static ParseOutcome.Failed failed(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
        return (ParseOutcome.Failed) outcome;
    }

    @Test
    void cleanYamlParsesWithoutWarnings() {
        ParseOutcome.Parsed result = parsed(questions.parse("questions:\n  - id: Q01\n    question: Why?\n"));
        assertThat(result.document().get("questions").get(0).get("id").asText()).isEqualTo("Q01");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aFencedDocumentInsideProseIsRecoveredWithAWarning() {
        String reply = "Sure! Here are the questions:\n\n```yaml\nquestions:\n  - id: Q01\n```\nHope this helps.";
        ParseOutcome.Parsed result = parsed(questions.parse(reply));
        assertThat(result.document().get("questions")).hasSize(1);
        assertThat(result.warnings()).containsExactly("recovered the document from a code fence");
    }

    @Test
    void jsonInAFenceIsAcceptedToo() {
        ParseOutcome.Parsed result = parsed(questions.parse("```json\n{\"questions\": [{\"id\": \"Q01\"}]}\n```"));
        assertThat(result.document().get("questions").get(0).get("id").asText()).isEqualTo("Q01");
    }

    @Test
    void theRequestedTagWinsAndAnUnterminatedTagRunsToTheEnd() {
        ParseOutcome.Parsed tagged = parsed(batch.parse("Thinking...\n<INTERVIEW_BATCH>\nbatch_number: 2\n"
                + "questions: []\n</INTERVIEW_BATCH>\nDone."));
        assertThat(tagged.document().get("batch_number").asInt()).isEqualTo(2);
        assertThat(tagged.warnings()).containsExactly("recovered the document from the <INTERVIEW_BATCH> block");

        ParseOutcome.Parsed unterminated = parsed(batch.parse("<INTERVIEW_BATCH>\nbatch_number: 3\nquestions: []\n"));
        assertThat(unterminated.document().get("batch_number").asInt()).isEqualTo(3);
    }

    @Test
    void prosePrecedingTheDocumentIsCutAtTheFirstExpectedKey() {
        ParseOutcome.Parsed result = parsed(questions.parse("Sure, here you go!\nquestions:\n  - id: Q1\n"));
        assertThat(result.document().get("questions")).hasSize(1);
        assertThat(result.warnings()).containsExactly("recovered the document from the text after the prose");
    }

    @Test
    void tabIndentationAndMissingSpacesAreRepairedAndReported() {
        ParseOutcome.Parsed result = parsed(questions.parse("questions:\n\t- id:Q01\n\t  question: Why?\n"));
        assertThat(result.document().get("questions").get(0).get("id").asText()).isEqualTo("Q01");
        assertThat(result.warnings()).containsExactly("replaced tab indentation with spaces",
                "added the missing space after a key's colon");
    }

    @Test
    void aGenericWrapperIsRemoved() {
        ParseOutcome.Parsed result = parsed(questions.parse("output:\n  questions:\n    - id: Q01\n"));
        assertThat(result.document().has("questions")).isTrue();
        assertThat(result.warnings()).containsExactly("removed the wrapper key 'output'");
    }

    @Test
    void failuresAreClassifiedForTheRetry() {
        assertThat(failed(questions.parse("  \n")).failure()).isEqualTo(ParseOutcome.FailureClass.EMPTY_RESPONSE);
        ParseOutcome.Failed echo = failed(questions.parse("## Task\nDraft questions\n## Expected Output Format\n..."));
        assertThat(echo.failure()).isEqualTo(ParseOutcome.FailureClass.PROMPT_ECHO);
        assertThat(echo.failure().corrective()).isFalse();
        ParseOutcome.Failed wrongKeys = failed(questions.parse("answers:\n  - 1\n"));
        assertThat(wrongKeys.failure()).isEqualTo(ParseOutcome.FailureClass.NOT_PARSEABLE);
        assertThat(wrongKeys.failure().corrective()).isTrue();
        assertThat(wrongKeys.message()).contains("expected top-level keys questions");
        assertThat(failed(questions.parse("just some prose, no document")).failure())
                .isEqualTo(ParseOutcome.FailureClass.NOT_PARSEABLE);
    }

    @Test
    void truncatedYamlDoesNotParse() {
        assertThat(questions.parse("questions:\n  - id: \"Q01\n    question: [unclosed")).isInstanceOf(ParseOutcome.Failed.class);
    }
}
