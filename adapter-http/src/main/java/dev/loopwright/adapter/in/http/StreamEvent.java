package dev.loopwright.adapter.in.http;

import java.util.Objects;
import java.util.Optional;

/** One server-sent event as written: its name, JSON data, and the id a reconnect resumes from, if any. */
record StreamEvent(String name, String data, Optional<Long> id) {
    StreamEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(id, "id");
    }

    StreamEvent numbered(long number) {
        return new StreamEvent(name, data, Optional.of(number));
    }
}
