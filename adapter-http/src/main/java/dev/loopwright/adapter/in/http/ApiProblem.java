package dev.loopwright.adapter.in.http;

import java.util.Map;

/** A request the API refuses, with the status and the words the client sees. Thrown, then mapped to JSON. */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    ApiProblem(int status, String message) {
        this(status, message, Map.of());
    }

    ApiProblem(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message);
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }
}
