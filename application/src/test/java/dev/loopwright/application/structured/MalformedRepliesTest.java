package dev.loopwright.application.structured;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopwright.application.structured.ParseOutcome.FailureClass;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic broken replies, grouped by how they are broken, each with the exact outcome: the document and the
 * warnings, or the failure class. Expected documents are written as YAML flow text to keep the cases short.
 */
class MalformedRepliesTest {
    private static final StructuredOutputParser QUESTIONS = new StructuredOutputParser(Set.of("questions"),
            Optional.empty());
    private static final StructuredOutputParser BATCH = new StructuredOutputParser(Set.of("batch_number", "questions"),
            Optional.of("INTERVIEW_BATCH"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String FENCE_WARNING = "recovered the document from a code fence";
    private static final String AFTER_PROSE = "recovered the document from the text after the prose";
    private static final String BETWEEN_PROSE = "recovered the document from the text between the prose";
    private static final String TAG_WARNING = "recovered the document from the <INTERVIEW_BATCH> block";
    private static final String ONE_QUESTION = "{questions: [{id: Q1, question: 'Why?'}]}";
    private static final String YAML_Q1 = "questions:\n  - id: Q1\n    question: Why?\n";

    /** What the parser must make of one reply. */
    sealed interface Expected {
        record Document(String yaml, List<String> warnings) implements Expected {
        }

        record Failure(FailureClass failure, String messagePart) implements Expected {
        }
    }

    record Case(String name, StructuredOutputParser parser, String reply, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case parses(String name, String reply, String yaml, String... warnings) {
        return new Case(name, QUESTIONS, reply, new Expected.Document(yaml, List.of(warnings)));
    }

    private static Case batchParses(String name, String reply, String yaml, String... warnings) {
        return new Case(name, BATCH, reply, new Expected.Document(yaml, List.of(warnings)));
    }

    private static Case fails(String name, String reply, FailureClass failure, String messagePart) {
        return new Case(name, QUESTIONS, reply, new Expected.Failure(failure, messagePart));
    }

    private static Case batchFails(String name, String reply, FailureClass failure, String messagePart) {
        return new Case(name, BATCH, reply, new Expected.Failure(failure, messagePart));
    }

    static Stream<Case> fenced() {
        return Stream.of(
                parses("```yaml fence between prose", "Sure! Here is the YAML:\n\n```yaml\n" + YAML_Q1 + "```\nLet me know.",
                        ONE_QUESTION, FENCE_WARNING),
                parses("```json fence", "Here you go:\n```json\n{\"questions\": [{\"id\": \"Q1\", \"question\": \"Why?\"}]}\n```",
                        ONE_QUESTION, FENCE_WARNING),
                parses("fence without a language", "```\n" + YAML_Q1 + "```", ONE_QUESTION, FENCE_WARNING),
                parses("~~~ fence", "~~~yaml\n" + YAML_Q1 + "~~~\n", ONE_QUESTION, FENCE_WARNING),
                parses("```YML fence with CRLF line endings",
                        "```YML\r\nquestions:\r\n  - id: Q1\r\n    question: Why?\r\n```\r\n", ONE_QUESTION, FENCE_WARNING),
                parses("fence opened at the end of a prose line", "Here it is: ```yaml\n" + YAML_Q1 + "```",
                        ONE_QUESTION, FENCE_WARNING),
                parses("a fence nested in a block scalar does not end the document",
                        "```yaml\nquestions:\n  - id: Q1\n    question: |\n      Does this still work?\n"
                                + "      ```python\n      print(1)\n      ```\n```\n",
                        "{questions: [{id: Q1, question: \"Does this still work?\\n```python\\nprint(1)\\n```\\n\"}]}",
                        FENCE_WARNING),
                parses("an example fence before the real one", "For example:\n```json\n{\"example\": true}\n```\n"
                        + "The real answer:\n```yaml\n" + YAML_Q1 + "```", ONE_QUESTION, FENCE_WARNING),
                parses("unclosed fence", "```yaml\n" + YAML_Q1, ONE_QUESTION, "removed stray code-fence lines"),
                fails("an empty fence", "```yaml\n```", FailureClass.NOT_PARSEABLE, "no YAML or JSON document"));
    }

    static Stream<Case> proseAroundTheDocument() {
        return Stream.of(
                parses("prose before bare YAML", "Sure, here are the questions.\n" + YAML_Q1, ONE_QUESTION, AFTER_PROSE),
                parses("prose after bare YAML", YAML_Q1 + "\nLet me know if you need anything else!", ONE_QUESTION,
                        BETWEEN_PROSE),
                parses("prose before and after", "Here you go:\n\n" + YAML_Q1 + "\nHope this helps!\n", ONE_QUESTION,
                        BETWEEN_PROSE),
                parses("several CRLF prose lines before the document", "Line one of my thinking.\r\nLine two.\r\n"
                        + "Line three.\r\nLine four.\r\nquestions:\r\n  - id: Q1\r\n    question: Why?\r\n",
                        ONE_QUESTION, AFTER_PROSE),
                parses("JSON inside a sentence",
                        "Here is the JSON: {\"questions\": [{\"id\": \"Q1\", \"question\": \"Why?\"}]} Hope it helps.",
                        ONE_QUESTION, "recovered the document from the braces inside the prose"),
                parses("a transcript prefix line", "[assistant]\n" + YAML_Q1, ONE_QUESTION, AFTER_PROSE),
                parses("a markdown heading is a YAML comment", "## Questions\n" + YAML_Q1, ONE_QUESTION),
                // Valid YAML as a whole: the extra key is left for the artifact's schema validation to reject.
                parses("a prose line with a colon becomes a key", "Note: I assumed a web app.\n" + YAML_Q1,
                        "{Note: I assumed a web app., questions: [{id: Q1, question: 'Why?'}]}"));
    }

    static Stream<Case> taggedEnvelopes() {
        return Stream.of(
                batchParses("tag with prose around it", "Thinking about it...\n<INTERVIEW_BATCH>\nbatch_number: 1\n"
                        + "questions:\n  - id: Q1\n</INTERVIEW_BATCH>\nDone.", "{batch_number: 1, questions: [{id: Q1}]}",
                        TAG_WARNING),
                batchParses("unclosed tag runs to the end", "<INTERVIEW_BATCH>\nbatch_number: 2\nquestions: []\n",
                        "{batch_number: 2, questions: []}", TAG_WARNING),
                batchParses("tag wrapping a fence", "<INTERVIEW_BATCH>\n```yaml\nbatch_number: 1\nquestions: []\n```\n"
                        + "</INTERVIEW_BATCH>", "{batch_number: 1, questions: []}", TAG_WARNING,
                        "removed stray code-fence lines"),
                batchParses("tag and document on the same lines", "<INTERVIEW_BATCH>batch_number: 3\nquestions: []"
                        + "</INTERVIEW_BATCH>", "{batch_number: 3, questions: []}", TAG_WARNING),
                batchParses("tag named in the prose before the real one", "I will wrap the batch in <INTERVIEW_BATCH> "
                        + "tags.\n<INTERVIEW_BATCH>\nbatch_number: 1\nquestions: []\n</INTERVIEW_BATCH>",
                        "{batch_number: 1, questions: []}", TAG_WARNING),
                batchParses("a lowercase tag is treated as prose", "<interview_batch>\nbatch_number: 1\nquestions: []\n"
                        + "</interview_batch>", "{batch_number: 1, questions: []}", BETWEEN_PROSE),
                batchFails("a tag with nothing inside", "<INTERVIEW_BATCH>\n</INTERVIEW_BATCH>",
                        FailureClass.NOT_PARSEABLE, "no YAML or JSON document"));
    }

    static Stream<Case> truncated() {
        return Stream.of(
                // Still valid YAML: only the provider's finish reason can tell these are cut off.
                parses("cut mid-line", "questions:\n  - id: Q1\n    question: What is the sco",
                        "{questions: [{id: Q1, question: What is the sco}]}"),
                parses("cut mid-list", "questions:\n  - id: Q1\n  - id:", "{questions: [{id: Q1}, {id: null}]}"),
                fails("cut inside a quoted string", "questions:\n  - id: Q1\n    question: \"What is",
                        FailureClass.NOT_PARSEABLE, "could not be read"),
                fails("cut JSON", "{\"questions\": [{\"id\": \"Q1\"}, {\"id\": \"Q", FailureClass.NOT_PARSEABLE,
                        "could not be read"),
                fails("cut inside a fence in a flow list", "```yaml\nquestions: [Q1, Q2", FailureClass.NOT_PARSEABLE,
                        "could not be read"),
                batchFails("cut inside an unclosed tag", "<INTERVIEW_BATCH>\nbatch_number: 1\nquestions:\n  - id: Q1\n"
                        + "    question: 'Which", FailureClass.NOT_PARSEABLE, "could not be read"));
    }

    static Stream<Case> wrongIndentation() {
        return Stream.of(
                parses("tab-indented list", "questions:\n\t- id: Q1\n\t  question: Why?\n", ONE_QUESTION,
                        "replaced tab indentation with spaces"),
                parses("tabs mixed with spaces", "questions:\n  - id: Q1\n  \tquestion: Why?\n", ONE_QUESTION,
                        "replaced tab indentation with spaces"),
                parses("uniformly over-indented list items", "questions:\n      - id: Q1\n        question: Why?\n",
                        ONE_QUESTION),
                parses("the whole document indented", "    questions:\n      - id: Q1\n        question: Why?\n",
                        ONE_QUESTION),
                fails("one list item drifted deeper", "questions:\n  - id: Q1\n    question: Why?\n    - id: Q2\n"
                        + "      question: How?\n", FailureClass.NOT_PARSEABLE, "could not be read"),
                // Valid YAML of another shape: the schema validation finds the item without its question.
                parses("item properties not indented under the item", "questions:\n- id: Q1\nquestion: Why?\n",
                        "{questions: [{id: Q1}], question: 'Why?'}"));
    }

    static Stream<Case> aliasesAndAnchors() {
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            laughs.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
        }
        laughs.append("questions: *a9\n");
        return Stream.of(
                fails("a merge key with an alias", "defaults: &d\n  kind: text\nquestions:\n  - id: Q1\n    <<: *d\n",
                        FailureClass.NOT_PARSEABLE, "aliases"),
                fails("billion laughs", laughs.toString(), FailureClass.NOT_PARSEABLE, "aliases"),
                // Markdown emphasis at the start of a plain value is YAML alias syntax, and not a valid one.
                fails("a value starting with *emphasis*", "questions:\n  - id: Q1\n    question: *Why* not?\n",
                        FailureClass.NOT_PARSEABLE, "while scanning an alias"),
                parses("an anchor nobody refers to", "questions: &q\n  - id: Q1\n    question: Why?\n", ONE_QUESTION),
                parses("an asterisk in a quoted value", "questions:\n  - id: Q1\n    question: \"*Why*?\"\n",
                        "{questions: [{id: Q1, question: \"*Why*?\"}]}"));
    }

    static Stream<Case> duplicateKeys() {
        return Stream.of(
                fails("the root key twice", "questions:\n  - id: Q1\nquestions:\n  - id: Q2\n",
                        FailureClass.NOT_PARSEABLE, "Duplicate field 'questions'"),
                fails("a key twice in one list item", "questions:\n  - id: Q1\n    id: Q2\n", FailureClass.NOT_PARSEABLE,
                        "Duplicate field 'id'"),
                fails("a key twice in JSON", "{\"questions\": [], \"questions\": [{\"id\": \"Q1\"}]}",
                        FailureClass.NOT_PARSEABLE, "Duplicate field 'questions'"),
                parses("the same key in different items", "questions:\n  - id: Q1\n  - id: Q2\n",
                        "{questions: [{id: Q1}, {id: Q2}]}"));
    }

    static Stream<Case> nonStandardJson() {
        String lenient = "accepted non-standard JSON (comments, trailing commas, single quotes or unquoted keys)";
        return Stream.of(
                parses("trailing commas", "{\"questions\": [{\"id\": \"Q1\", \"question\": \"Why?\",},],}", ONE_QUESTION,
                        lenient),
                parses("comments", "{\n  // the questions\n  \"questions\": [ /* one */ {\"id\": \"Q1\", "
                        + "\"question\": \"Why?\"}]\n}", ONE_QUESTION, lenient),
                parses("single quotes and unquoted keys", "{questions: [{'id': 'Q1', question: 'Why?'}]}", ONE_QUESTION,
                        lenient),
                parses("a 'json' word left from a stripped fence",
                        "json\n{\"questions\": [{\"id\": \"Q1\", \"question\": \"Why?\"}]}", ONE_QUESTION,
                        "recovered the document from the braces inside the prose"),
                fails("a top-level array", "[{\"id\": \"Q1\"}]", FailureClass.NOT_PARSEABLE,
                        "none of the expected top-level keys"));
    }

    static Stream<Case> wrapperKeys() {
        return Stream.of(
                parses("output:", "output:\n  questions:\n    - id: Q1\n      question: Why?\n", ONE_QUESTION,
                        "removed the wrapper key 'output'"),
                parses("JSON result", "{\"result\": {\"questions\": [{\"id\": \"Q1\", \"question\": \"Why?\"}]}}",
                        ONE_QUESTION, "removed the wrapper key 'result'"),
                parses("data around result", "data:\n  result:\n    questions:\n      - id: Q1\n        question: Why?\n",
                        ONE_QUESTION, "removed the wrapper key 'data'", "removed the wrapper key 'result'"),
                fails("an unknown wrapper", "response:\n  questions: []\n", FailureClass.NOT_PARSEABLE,
                        "none of the expected top-level keys questions"),
                fails("a wrapper with a sibling", "output:\n  questions: []\nnotes: done\n", FailureClass.NOT_PARSEABLE,
                        "none of the expected top-level keys questions"));
    }

    static Stream<Case> emptyAndEchoed() {
        return Stream.of(
                fails("an empty string", "", FailureClass.EMPTY_RESPONSE, "empty"),
                fails("null", null, FailureClass.EMPTY_RESPONSE, "empty"),
                fails("whitespace only", "\n\t  \r\n", FailureClass.EMPTY_RESPONSE, "empty"),
                fails("a byte-order mark only", "\uFEFF\n", FailureClass.EMPTY_RESPONSE, "empty"),
                fails("the prompt echoed", "## Task\nDraft the interview questions.\n## Expected Output Format\n"
                        + "questions: ...", FailureClass.PROMPT_ECHO, "repeats the prompt"),
                fails("a refusal in prose", "I'm sorry, but I can't help with that.", FailureClass.NOT_PARSEABLE,
                        "not a mapping"),
                parses("the root key without a value", "questions:\n", "{questions: null}"));
    }

    static Stream<Case> hugeAndBinary() {
        String item = "  - id: Q1\n    question: Why?\n";
        String underTheCap = "questions:\n" + item.repeat((StructuredOutputParser.MAX_REPLY_CHARS - 100) / item.length());
        return Stream.of(
                fails("a 5 MB reply", "questions:\n" + item.repeat(5_000_000 / item.length()),
                        FailureClass.OUTPUT_TOO_LARGE, "at most 1000000"),
                fails("5 MB on one line", "x".repeat(5_000_000), FailureClass.OUTPUT_TOO_LARGE, "at most 1000000"),
                parses("a reply just under the cap", underTheCap, underTheCap),
                fails("deep nesting", "questions: " + "[".repeat(100_000), FailureClass.NOT_PARSEABLE,
                        "could not be read"),
                parses("NUL and BEL characters", "questions:\n  - id: Q1\u0000\n    question: Why?\u0007\n", ONE_QUESTION,
                        "removed control characters"),
                parses("ANSI colour codes", "\u001B[32mquestions:\n  - id: Q1\n    question: Why?\u001B[0m\n",
                        ONE_QUESTION, "removed terminal control sequences"),
                fails("binary garbage", "\u0000\u0001\uFFFD\uFFFD\u0002PK\u0003\u0004", FailureClass.NOT_PARSEABLE,
                        "could not be read"),
                parses("a byte-order mark before YAML", "\uFEFF" + YAML_Q1, ONE_QUESTION),
                parses("a byte-order mark before JSON",
                        "\uFEFF{\"questions\": [{\"id\": \"Q1\", \"question\": \"Why?\"}]}", ONE_QUESTION),
                parses("a byte-order mark inside a fence", "```yaml\n\uFEFF" + YAML_Q1 + "```", ONE_QUESTION,
                        FENCE_WARNING));
    }

    /** Code fences of every kind, closed or not. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fenced")
    void handlesFenced(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proseAroundTheDocument")
    void handlesProseAroundTheDocument(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taggedEnvelopes")
    void handlesTaggedEnvelopes(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truncated")
    void handlesTruncated(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongIndentation")
    void handlesWrongIndentation(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    /** Jackson does not expand aliases, so any alias is refused rather than read as its anchor name. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("aliasesAndAnchors")
    void handlesAliasesAndAnchors(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    /** Duplicate keys are refused, not last-wins. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateKeys")
    void handlesDuplicateKeys(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonStandardJson")
    void handlesNonStandardJson(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrapperKeys")
    void handlesWrapperKeys(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyAndEchoed")
    void handlesEmptyAndEchoed(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeAndBinary")
    void handlesHugeAndBinary(Case testCase) throws JsonProcessingException {
        check(testCase);
    }

    private static void check(Case testCase) throws JsonProcessingException {
        ParseOutcome outcome = testCase.parser().parse(testCase.reply());
        if (testCase.expected() instanceof Expected.Document expected) {
            assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
            ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
            assertThat(parsed.document()).isEqualTo(YAML.readTree(expected.yaml()));
            assertThat(parsed.warnings()).containsExactlyElementsOf(expected.warnings());
        } else {
            Expected.Failure expected = (Expected.Failure) testCase.expected();
            assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
            ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
            assertThat(failed.failure()).isEqualTo(expected.failure());
            assertThat(failed.message()).contains(expected.messagePart());
        }
    }
}
