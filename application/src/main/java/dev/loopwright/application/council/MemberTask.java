package dev.loopwright.application.council;

import java.util.Objects;

/** One member's work in a round: the prompt it is sent and how its reply is read. */
record MemberTask<V>(CouncilMember member, String prompt, OutputReader<V> reader) {
    MemberTask {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(reader, "reader");
    }
}
