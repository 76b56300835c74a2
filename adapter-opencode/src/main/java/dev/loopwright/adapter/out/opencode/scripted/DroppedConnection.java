package dev.loopwright.adapter.out.opencode.scripted;

import java.io.IOException;

/**
 * Thrown out of a handler to cut the client off. HttpServer closes the connection of a handler that throws
 * without ending the response, which is the only way it offers to end one abruptly.
 */
final class DroppedConnection extends IOException {
    private static final long serialVersionUID = 1L;

    DroppedConnection(String why) {
        super(why);
    }
}
