package dev.loopwright.adapter.out.opencode.scripted;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition with the responses it gives, in order. A repeating rule keeps giving its last response; a one-shot
 * rule stops matching once every response was given. Rules hold state, so each belongs to one server.
 */
public final class Rule {
    private final When condition;
    private final Deque<Response> responses;
    private final boolean lastRepeats;

    private Rule(When condition, List<Response> responses, boolean lastRepeats) {
        this.condition = Objects.requireNonNull(condition, "condition");
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one response");
        }
        this.responses = new ArrayDeque<>(responses);
        this.lastRepeats = lastRepeats;
    }

    /** Answers every matching request with the responses in turn, the last one from then on. */
    public static Rule repeating(When condition, Response first, Response... then) {
        return new Rule(condition, responses(first, then), true);
    }

    /** Answers only as many matching requests as it has responses. */
    public static Rule once(When condition, Response first, Response... then) {
        return new Rule(condition, responses(first, then), false);
    }

    /** The response for this request, or empty when the rule does not match or is used up. */
    synchronized Optional<Response> answer(ChatRequest request) {
        if (responses.isEmpty() || !condition.matches(request)) {
            return Optional.empty();
        }
        if (lastRepeats && responses.size() == 1) {
            return Optional.of(responses.peek());
        }
        return Optional.of(responses.poll());
    }

    private static List<Response> responses(Response first, Response... then) {
        List<Response> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "first"));
        all.addAll(List.of(then));
        return all;
    }
}
