package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.workflow.Cancellation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One prompt to one council member, read and retried the council's way (lenient parse, validation, a corrective
 * prompt for wrong output, the same prompt again for none), for steps that follow the council: e.g. a coverage audit
 * and revision by the winner.
 */
public final class SoloCall {
    private final CouncilRound round;

    public SoloCall(ModelRuntime runtime) {
        this.round = new CouncilRound(Objects.requireNonNull(runtime, "runtime"));
    }

    /** What one call gave: the value when one was valid, and how the member's part ended. */
    public record Outcome<V>(Optional<V> value, MemberReport report) {
        public Outcome {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(report, "report");
        }
    }

    /** How to ask: where, under what title, with how many retries and how long each prompt may take. */
    public record Setup(Path directory, String title, int retries, Duration perPrompt) {
        public Setup {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(perPrompt, "perPrompt");
        }
    }

    /**
     * @param raw hears each prompt's record (JSON) for diagnosis, the same shape the council keeps
     */
    public <V> Outcome<V> ask(CouncilMember member, String prompt, String outputFormat, Set<String> rootKeys,
            Function<JsonNode, Validated<V>> validator, Setup setup, Cancellation cancellation, String stage,
            Consumer<String> raw) {
        RoundSpec spec = new RoundSpec(setup.directory(), setup.title(), outputFormat, setup.retries(),
                Deadline.after(setup.perPrompt().multipliedBy(1L + setup.retries())), setup.perPrompt());
        MemberResult<V> result = round.run(List.of(new MemberTask<>(member, prompt,
                OutputReader.of(rootKeys, validator))), spec, cancellation,
                attempt -> raw.accept(CouncilJson.rawAttempt(stage, attempt))).get(0);
        return new Outcome<>(result.value(), result.report());
    }

    /**
     * Reads a {@code changes} list from {@code document} and checks it accounts for exactly the differences between
     * the items before and after (see {@link ChangeAccounting}); no alternatives can be named.
     */
    public static Validated<List<Change>> accountChanges(JsonNode document, Map<String, String> before,
            Map<String, String> after) {
        Validated<List<Change>> claimed = ChangeReader.read(document, List.of());
        if (claimed instanceof Validated.Invalid) {
            return claimed;
        }
        return ChangeAccounting.check(before, after, ((Validated.Valid<List<Change>>) claimed).value());
    }

    /** The winner named in a stored refinement record ({@code <domain>_refinement}). */
    public static String refinementWinner(String record) {
        return CouncilJson.refinement(record).winner();
    }

    /** A member's report as one line, for a blocked ticket's diagnostics. */
    public static String diagnostics(MemberReport report) {
        return CouncilTexts.diagnostics(List.of(report));
    }
}
