package dev.loopwright.adapter.in.mcp;

/** A tool argument the tool cannot use; answered as a tool error naming the argument, never as a protocol error. */
final class ToolInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ToolInputException(String message) {
        super(message, null, false, false);
    }
}
