package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every error response: {@code {"error": ...}}, with details where a client can act on them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorJson(String error, List<FieldErrorJson> details, String errorId) {

    /** One invalid field, as a client would fix it. */
    record FieldErrorJson(String field, String message) {
    }

    static ErrorJson of(String error) {
        return new ErrorJson(error, null, null);
    }
}
