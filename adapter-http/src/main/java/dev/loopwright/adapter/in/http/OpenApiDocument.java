package dev.loopwright.adapter.in.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the API described in OpenAPI 3.1, kept true by a test against the routes. */
final class OpenApiDocument {
    static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {
    }

    static void register(ApiRoutes routes) {
        byte[] document = load();
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }

    static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
