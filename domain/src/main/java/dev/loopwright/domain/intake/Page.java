package dev.loopwright.domain.intake;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A page of results with the total of all matching items, for the {@code meta} of a list response. */
public record Page<T>(List<T> items, int total, PageRequest request) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (total < 0) {
            throw new IllegalArgumentException("a total is not negative");
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }
}
