package dev.loopwright.application.council.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.fake.InMemoryPhaseAttemptRepository;
import dev.loopwright.application.fake.InMemoryArtifactRepository;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import org.junit.jupiter.api.Test;

class QuestionListReaderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Validated<InterviewQuestionList> read(String yaml, int limit) throws Exception {
        return QuestionListReader.read(YAML.readTree(yaml), limit);
    }

    @Test
    void idsAreNormalisedRepeatsRenumberedAndPhasesOrdered() throws Exception {
        Validated<InterviewQuestionList> read = read("questions:\n"
                + "  - {id: 2, phase: Structure, question: ' Which screens? '}\n"
                + "  - {id: q1, phase: foundation, text: 'Why?'}\n"
                + "  - {id: Q1, phase: assembly, question: 'What if empty?'}\n"
                + "  - {phase: assembly, question: 'Which format?'}\n", 0);

        assertThat(read).isInstanceOfSatisfying(Validated.Valid.class, valid -> {
            InterviewQuestionList list = (InterviewQuestionList) valid.value();
            assertThat(list.questions()).extracting(InterviewQuestion::id, InterviewQuestion::phase,
                    InterviewQuestion::prompt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Q01", InterviewPhase.FOUNDATION, "Why?"),
                    org.assertj.core.groups.Tuple.tuple("Q02", InterviewPhase.STRUCTURE, "Which screens?"),
                    org.assertj.core.groups.Tuple.tuple("Q03", InterviewPhase.ASSEMBLY, "What if empty?"),
                    org.assertj.core.groups.Tuple.tuple("Q04", InterviewPhase.ASSEMBLY, "Which format?"));
            assertThat(valid.warnings()).hasSize(3);
        });
    }

    @Test
    void whatAModelMustFixIsReportedNotRepaired() throws Exception {
        assertThat(error("questions: []", 5)).contains("non-empty list");
        assertThat(error("questions:\n  - {id: Q01, phase: later, question: x}\n", 5)).contains("got 'later'");
        assertThat(error("questions:\n  - {id: Q01, phase: foundation, question: '  '}\n", 5)).contains("is empty");
        assertThat(error("questions:\n  - {id: Q01, phase: foundation, question: a}\n"
                + "  - {id: Q02, phase: foundation, question: b}\n", 1)).contains("at most 1");
        assertThat(error("questions:\n  - just a string\n", 5)).contains("must be an object");
    }

    @Test
    void theCanonicalTextReadsBackToTheSameList() throws Exception {
        InterviewCouncil council = new InterviewCouncil(new InMemoryPhaseAttemptRepository(),
                new InMemoryArtifactRepository(new InMemoryPhaseAttemptRepository()));
        InterviewQuestionList list = (InterviewQuestionList) ((Validated.Valid<?>) read("questions:\n"
                + "  - {id: Q01, phase: foundation, question: 'yes'}\n"
                + "  - {id: Q02, phase: structure, question: 'Key: value # not a comment'}\n"
                + "  - {id: Q03, phase: assembly, question: \"Line one\\nline two\"}\n", 0)).value();

        String canonical = council.write(list);

        assertThat(((Validated.Valid<?>) read(canonical, 0)).value()).isEqualTo(list);
        assertThat(council.write((InterviewQuestionList) ((Validated.Valid<?>) read(canonical, 0)).value()))
                .isEqualTo(canonical);
    }

    private static String error(String yaml, int limit) throws Exception {
        Validated<InterviewQuestionList> read = read(yaml, limit);
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        return ((Validated.Invalid<InterviewQuestionList>) read).error();
    }
}
