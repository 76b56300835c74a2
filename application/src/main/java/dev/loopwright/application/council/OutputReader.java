package dev.loopwright.application.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.structured.ParseOutcome;
import dev.loopwright.application.structured.StructuredOutputParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads one reply into a value: parse leniently, then validate. Never throws, whatever the model wrote. */
@FunctionalInterface
interface OutputReader<V> {

    Validated<V> read(String reply);

    /** A reader that finds a document with one of {@code rootKeys} and hands it to {@code validator}. */
    static <V> OutputReader<V> of(Set<String> rootKeys, Function<JsonNode, Validated<V>> validator) {
        StructuredOutputParser parser = new StructuredOutputParser(rootKeys, Optional.empty());
        return reply -> {
            try {
                ParseOutcome outcome = parser.parse(reply);
                if (outcome instanceof ParseOutcome.Failed) {
                    ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
                    return new Validated.Invalid<>(failed.message(), !failed.failure().corrective());
                }
                ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
                Validated<V> validated = validator.apply(parsed.document());
                if (validated instanceof Validated.Valid) {
                    Validated.Valid<V> valid = (Validated.Valid<V>) validated;
                    List<String> warnings = new ArrayList<>(parsed.warnings());
                    warnings.addAll(valid.warnings());
                    return Validated.valid(valid.value(), warnings);
                }
                return validated;
            } catch (RuntimeException unexpected) {
                // Validators throw on shapes they did not foresee; that is still the model's output being wrong.
                return Validated.invalid("the output could not be read: " + unexpected.getMessage());
            }
        };
    }
}
