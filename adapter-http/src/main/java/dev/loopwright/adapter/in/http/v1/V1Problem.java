package dev.loopwright.adapter.in.http.v1;

import java.util.Map;

/** A refusal of the developer API: the status, the {@code error} text the client sees, and extra headers. */
public final class V1Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    public V1Problem(int status, String message) {
        this(status, message, Map.of());
    }

    public V1Problem(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public static V1Problem badRequest(String message) {
        return new V1Problem(400, message);
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }
}
