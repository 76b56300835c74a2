package dev.loopwright.adapter.in.http;

import java.util.Objects;

/** Where the standalone server listens. Port 0 asks the system for a free port. */
public record HttpServerSettings(String host, int port) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3000;

    public HttpServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }
}
