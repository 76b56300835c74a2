package dev.loopwright.app.demo;

/** The demo could not go on; the message says where and why. */
public final class DemoFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DemoFailure(String message) {
        super(message);
    }
}
