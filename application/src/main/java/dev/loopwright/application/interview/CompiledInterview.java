package dev.loopwright.application.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopwright.application.council.CouncilArtifacts;
import dev.loopwright.application.council.CouncilMember;
import dev.loopwright.application.council.Validated;
import dev.loopwright.application.council.interview.InterviewCouncil;
import dev.loopwright.application.council.interview.InterviewQuestionList;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.ticket.TicketId;
import java.util.List;

/**
 * What the interview starts from, as the council stored it in its refine step: the compiled questions
 * ({@code interview_compiled}) and the winner who compiled them ({@code interview_refinement}), who now interviews.
 */
record CompiledInterview(CouncilMember winner, List<InterviewQuestion> questions) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TicketStatus COMPILED_IN = TicketStatus.COMPILING_INTERVIEW;

    CompiledInterview {
        questions = List.copyOf(questions);
    }

    static CompiledInterview read(InterviewStore store, InterviewCouncil council, TicketId ticket,
            LockedSettings locked) {
        String refinement = store.find(ticket, COMPILED_IN, CouncilArtifacts.refinement(council.name()))
                .orElseThrow(() -> InterviewStore.lost("the council's refinement record is missing"));
        String compiled = store.find(ticket, COMPILED_IN, council.canonicalArtifactType())
                .orElseThrow(() -> InterviewStore.lost("the compiled interview questions are missing"));
        String winnerId;
        Validated<InterviewQuestionList> questions;
        try {
            winnerId = JSON.readTree(refinement).path("winner").asText("");
            JsonNode document = YAML.readTree(compiled);
            questions = council.read(document, locked);
        } catch (Exception unreadable) {
            throw InterviewStore.lost("the compiled interview cannot be read (" + unreadable.getMessage() + ")");
        }
        if (questions instanceof Validated.Invalid) {
            throw InterviewStore.lost("the compiled questions no longer validate: "
                    + ((Validated.Invalid<InterviewQuestionList>) questions).error());
        }
        CouncilMember winner = CouncilMember.roster(locked).stream().filter(member -> member.id().equals(winnerId))
                .findFirst().orElseThrow(() -> InterviewStore.lost("the winner '" + winnerId
                        + "' is not on the ticket's council"));
        return new CompiledInterview(winner, ((Validated.Valid<InterviewQuestionList>) questions).value().questions());
    }
}
