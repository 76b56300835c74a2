package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.workflow.Cancellation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One model answering one prompt with the council's retry rules (a corrective prompt for output that is wrong, the
 * same prompt again for nothing or an echo, each in a fresh session), for steps after the council that ask a single
 * model: coverage audits, revisions and the expansion of a plan. Every prompt and reply is handed to {@code raw} as
 * JSON, for diagnosis.
 */
public final class SoloPrompt {
    private final ModelRuntime runtime;

    public SoloPrompt(ModelRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * What to ask and how: the member, the session folder and title, the prompt, the format a correction repeats,
     * the retries after the first prompt and the time each prompt may take.
     */
    public record Ask(CouncilMember member, Path directory, String title, String prompt, String outputFormat,
            int retries, Duration perPrompt) {
        public Ask {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(outputFormat, "outputFormat");
            Objects.requireNonNull(perPrompt, "perPrompt");
        }
    }

    /** The value with the repairs it needed, or why none came (the last error, or how the calls failed). */
    public record Answer<V>(Optional<V> value, List<String> warnings, String problem, int attempts) {
        public Answer {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** A reader for a YAML or JSON document with one of {@code rootKeys}, validated by {@code validator}. */
    public static <V> Function<String, Validated<V>> document(Set<String> rootKeys,
            Function<JsonNode, Validated<V>> validator) {
        OutputReader<V> reader = OutputReader.of(rootKeys, validator);
        return reader::read;
    }

    /**
     * @param raw receives each attempt as JSON ({@link CouncilJson#rawAttempt}); it must not throw
     */
    public <V> Answer<V> ask(Ask ask, String step, Function<String, Validated<V>> reader, Cancellation cancellation,
            Consumer<String> raw) {
        // Each prompt gets the whole per-prompt limit; the deadline allows for every retry.
        RoundSpec spec = new RoundSpec(ask.directory(), ask.title(), ask.outputFormat(), ask.retries(),
                Deadline.after(ask.perPrompt().multipliedBy(1L + ask.retries())), ask.perPrompt());
        OutputReader<V> read = reply -> {
            try {
                return reader.apply(reply);
            } catch (RuntimeException unexpected) {
                // A reader that did not foresee a shape is still looking at wrong model output.
                return Validated.invalid("the output could not be read: " + unexpected.getMessage());
            }
        };
        MemberResult<V> result = new CouncilRound(runtime).run(
                List.of(new MemberTask<>(ask.member(), ask.prompt(), read)), spec, cancellation,
                attempt -> raw.accept(CouncilJson.rawAttempt(step, attempt))).get(0);
        MemberReport report = result.report();
        return new Answer<>(result.value(), report.warnings(),
                report.error().orElse(report.outcome().name().toLowerCase(java.util.Locale.ROOT)), report.attempts());
    }
}
