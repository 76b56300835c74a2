package dev.loopwright.app;

import dev.loopwright.application.port.out.intake.SecretSource;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Token secrets, widget keys and ids from the platform's strong random source. */
final class SecureRandomSecrets implements SecretSource {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
