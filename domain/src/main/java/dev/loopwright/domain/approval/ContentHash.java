package dev.loopwright.domain.approval;

import dev.loopwright.domain.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The lowercase hex SHA-256 of a document's exact UTF-8 text. An approval names the hash of what the person
 * reviewed, so a document that changed in between is never approved by mistake.
 */
public record ContentHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw ValidationException.of("contentSha256", "a content hash is 64 lowercase hexadecimal characters");
        }
    }

    public static ContentHash of(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return new ContentHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
