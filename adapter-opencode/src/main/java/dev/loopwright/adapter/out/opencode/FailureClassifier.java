package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.util.regex.Pattern;

/** Sorts what OpenCode reports about a failed turn into the closed set of {@link RuntimeFailureKind}s. */
final class FailureClassifier {
    private static final Pattern LIMIT = Pattern.compile(
            "rate.?limit|too many requests|usage limit|limit reached|quota|resource.?exhausted|payment|billing|\\b40[29]\\b",
            Pattern.CASE_INSENSITIVE);

    private FailureClassifier() {
    }

    /** The {@code error} of an assistant message, e.g. {@code {name: "APIError", data: {statusCode, message}}}. */
    static ModelRuntimeException fromAssistantError(JsonNode error) {
        String name = error.path("name").asText("UnknownError");
        JsonNode data = error.path("data");
        String message = data.path("message").asText(name);
        RuntimeFailureKind kind = switch (name) {
            case "MessageOutputLengthError" -> RuntimeFailureKind.TRUNCATED_OUTPUT;
            case "MessageAbortedError" -> RuntimeFailureKind.ABORTED;
            case "APIError" -> data.has("statusCode") ? fromStatus(data.path("statusCode").asInt())
                    : fromMessage(message);
            default -> RuntimeFailureKind.PROTOCOL_ERROR;
        };
        return new ModelRuntimeException(kind, "the provider failed (" + name + "): " + OpenCodeHttp.preview(message));
    }

    /**
     * OpenCode retries a failing provider on its own and only says why in a {@code retry} status; once we stop
     * waiting for it, the message is all we have to tell a limit from an outage.
     */
    static ModelRuntimeException fromRetries(int attempts, String message) {
        return new ModelRuntimeException(fromMessage(message), "the provider kept failing (" + attempts
                + " retries): " + OpenCodeHttp.preview(message));
    }

    static RuntimeFailureKind fromStatus(int status) {
        if (status == 402 || status == 429) {
            return RuntimeFailureKind.PROVIDER_LIMIT;
        }
        if (status >= 500 || status == 408) {
            return RuntimeFailureKind.PROVIDER_OVERLOADED;
        }
        return RuntimeFailureKind.PROTOCOL_ERROR;
    }

    private static RuntimeFailureKind fromMessage(String message) {
        return LIMIT.matcher(message).find() ? RuntimeFailureKind.PROVIDER_LIMIT
                : RuntimeFailureKind.PROVIDER_OVERLOADED;
    }
}
