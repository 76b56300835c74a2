package dev.loopwright.application.port.out.intake;

/** Unpredictable bytes for token secrets, widget keys and ids; behind a port so tests can make them repeatable. */
public interface SecretSource {

    /** {@code bytes} random bytes as lowercase hex (twice as many characters). */
    String randomHex(int bytes);
}
