package dev.loopwright.application.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {
    private static final PromptSpec DRAFT = new PromptSpec(PromptPhase.INTERVIEW_DRAFT,
            "You are a senior engineer preparing to plan a change.",
            "Write the questions you need answered before planning this ticket.",
            List.of("Ask about behaviour, not implementation.", "Order questions from foundations to details."),
            "questions:\n  - id: Q01\n    question: \"...\"");

    @Test
    void sectionsComeInOrderWithTicketDetailsFirstInTheContext() {
        BuiltPrompt prompt = new PromptBuilder(100_000).build(DRAFT, Map.of(
                ContextKey.RELEVANT_FILES, "src/Basket.java: the basket",
                ContextKey.TICKET_DETAILS, "# Ticket: Add a basket\nUsers need a basket."));
        String text = prompt.text();
        assertThat(text.indexOf("## Role")).isLessThan(text.indexOf("## Task"));
        assertThat(text.indexOf("## Task")).isLessThan(text.indexOf("## Instructions"));
        assertThat(text).contains("1. Ask about behaviour, not implementation.\n2. Order questions");
        assertThat(text.indexOf("### ticket_details")).isLessThan(text.indexOf("### relevant_files"));
        assertThat(prompt.dropped()).isEmpty();
    }

    @Test
    void contextAPhaseMayNotSeeIsRefused() {
        assertThatThrownBy(() -> new PromptBuilder(100_000).build(DRAFT, Map.of(ContextKey.PRD, "...")))
                .hasMessage("prd is not context a INTERVIEW_DRAFT prompt may see");
    }

    @Test
    void overBudgetTheMostExpendablePartsGoFirstAndTicketDetailsStay() {
        PromptSpec vote = new PromptSpec(PromptPhase.INTERVIEW_VOTE, "role", "task", List.of(), "format");
        BuiltPrompt prompt = new PromptBuilder(300).build(vote, Map.of(
                ContextKey.TICKET_DETAILS, "ticket",
                ContextKey.RELEVANT_FILES, "r".repeat(400),
                ContextKey.DRAFTS, "d".repeat(2_000)));
        assertThat(prompt.dropped()).containsExactly(ContextKey.DRAFTS);
        assertThat(prompt.text()).contains("### relevant_files").doesNotContain("### drafts");

        BuiltPrompt tiny = new PromptBuilder(10).build(vote, Map.of(ContextKey.TICKET_DETAILS, "ticket",
                ContextKey.RELEVANT_FILES, "r"));
        assertThat(tiny.dropped()).containsExactly(ContextKey.RELEVANT_FILES);
        assertThat(tiny.text()).contains("### ticket_details");
    }

    @Test
    void aModelEchoingThePromptIsRecognisedByTheParser() {
        String prompt = new PromptBuilder(100_000).build(DRAFT, Map.of(ContextKey.TICKET_DETAILS, "t")).text();
        ParseOutcome outcome = new StructuredOutputParser(Set.of("questions"), Optional.empty()).parse(prompt);
        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(ParseOutcome.FailureClass.PROMPT_ECHO));
    }
}
