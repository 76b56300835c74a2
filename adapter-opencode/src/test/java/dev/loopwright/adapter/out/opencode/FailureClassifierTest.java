package dev.loopwright.adapter.out.opencode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureClassifierTest {

    @ParameterizedTest
    @CsvSource({
        "402, PROVIDER_LIMIT", "429, PROVIDER_LIMIT", "500, PROVIDER_OVERLOADED", "503, PROVIDER_OVERLOADED",
        "529, PROVIDER_OVERLOADED", "408, PROVIDER_OVERLOADED", "400, PROTOCOL_ERROR", "401, PROTOCOL_ERROR"})
    void apiErrorsAreSortedByTheProvidersStatus(int status, RuntimeFailureKind kind) throws Exception {
        JsonNode error = OpenCodeHttp.JSON.readTree(
                "{\"name\":\"APIError\",\"data\":{\"message\":\"x\",\"statusCode\":" + status + "}}");

        assertThat(FailureClassifier.fromAssistantError(error).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "MessageOutputLengthError, TRUNCATED_OUTPUT", "MessageAbortedError, ABORTED",
        "ProviderAuthError, PROTOCOL_ERROR", "UnknownError, PROTOCOL_ERROR"})
    void otherErrorsAreSortedByName(String name, RuntimeFailureKind kind) throws Exception {
        JsonNode error = OpenCodeHttp.JSON.readTree("{\"name\":\"" + name + "\",\"data\":{\"message\":\"m\"}}");

        assertThat(FailureClassifier.fromAssistantError(error).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rate limit reached for requests | PROVIDER_LIMIT",
        "You exceeded your current quota | PROVIDER_LIMIT",
        "Too Many Requests | PROVIDER_LIMIT",
        "The engine is currently overloaded | PROVIDER_OVERLOADED",
        "The server had an error while processing your request | PROVIDER_OVERLOADED"})
    void retriedFailuresAreSortedByTheirMessage(String message, RuntimeFailureKind kind) {
        assertThat(FailureClassifier.fromRetries(2, message).kind()).isEqualTo(kind);
    }
}
