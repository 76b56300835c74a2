package dev.loopwright.application.port.in;

import java.util.List;

/** Answers or rejects one pending question of a ticket, so its agent can go on. */
public interface ResolveOpenCodeQuestionUseCase {

    /** {@code answers} holds one list of chosen labels (or free text) per question, in the request's order. */
    void answer(TicketReference ticket, String requestId, List<List<String>> answers);

    void reject(TicketReference ticket, String requestId);
}
