package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before Javalin sees them (an ambiguous or malformed URI, a bad header) still get a
 * JSON error instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String reason = HttpStatus.getMessage(code);
        String error = message == null || message.isBlank() ? reason : reason + ": " + message;
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(Map.of("error", error));
        } catch (JsonProcessingException e) {
            body = "{\"error\":\"Bad request\"}".getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
