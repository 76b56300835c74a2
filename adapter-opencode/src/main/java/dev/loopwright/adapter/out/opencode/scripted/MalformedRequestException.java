package dev.loopwright.adapter.out.opencode.scripted;

/** A request body that is not a chat-completions request; the client gets a 400 with this message. */
final class MalformedRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRequestException(String message) {
        super(message);
    }
}
