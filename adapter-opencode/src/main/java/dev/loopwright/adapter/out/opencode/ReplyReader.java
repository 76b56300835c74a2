package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.PromptReply;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/** Reads the {@code {info: AssistantMessage, parts}} answer of a finished turn into a reply or a failure. */
final class ReplyReader {
    private ReplyReader() {
    }

    /** {@code stored} is asked for the session's stored text only when the answer itself carries none. */
    static PromptReply read(JsonNode answer, Supplier<String> stored) {
        JsonNode info = answer.path("info");
        if (!info.path("role").asText().equals("assistant")) {
            throw new ModelRuntimeException(RuntimeFailureKind.PROTOCOL_ERROR,
                    "OpenCode's answer is not an assistant message: " + OpenCodeHttp.preview(answer.toString()));
        }
        if (info.hasNonNull("error")) {
            throw FailureClassifier.fromAssistantError(info.path("error"));
        }
        Optional<String> finish = Optional.ofNullable(info.path("finish").textValue());
        String text = text(answer.path("parts"));
        if (text.isBlank()) {
            text = stored.get();
        }
        if (finish.filter(reason -> reason.equals("length")).isPresent()) {
            throw new ModelRuntimeException(RuntimeFailureKind.TRUNCATED_OUTPUT,
                    "the model stopped at its output limit after " + text.length() + " characters");
        }
        if (text.isBlank()) {
            throw new ModelRuntimeException(RuntimeFailureKind.EMPTY_RESPONSE, "the model answered with no text");
        }
        JsonNode tokens = info.path("tokens");
        return new PromptReply(text, finish, info.path("id").asText(""), new PromptReply.TokenUsage(
                tokens.path("input").asLong(), tokens.path("output").asLong(), tokens.path("reasoning").asLong()));
    }

    /** The concatenated text parts, leaving out those OpenCode marks as ignored. */
    static String text(JsonNode parts) {
        StringBuilder text = new StringBuilder();
        StreamSupport.stream(parts.spliterator(), false)
                .filter(part -> part.path("type").asText().equals("text") && !part.path("ignored").asBoolean(false))
                .forEach(part -> text.append(part.path("text").asText("")));
        return text.toString();
    }
}
