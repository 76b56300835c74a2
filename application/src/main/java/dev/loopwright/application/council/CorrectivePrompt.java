package dev.loopwright.application.council;

/** The retry prompt for output that arrived but could not be used: the original, the error, the format again. */
final class CorrectivePrompt {
    /** Enough of the previous reply to show the mistake without doubling a long prompt. */
    static final int MAX_PREVIOUS_REPLY = 6_000;

    private CorrectivePrompt() {
    }

    static String of(String original, String error, String outputFormat, String previousReply) {
        String previous = previousReply.length() > MAX_PREVIOUS_REPLY
                ? previousReply.substring(0, MAX_PREVIOUS_REPLY) + "\n[… cut]" : previousReply;
        return original.stripTrailing() + "\n\n## Correction needed\n"
                + "Your previous answer could not be used: " + error + "\n\n"
                + "Answer again with the complete document, exactly in this format:\n\n" + outputFormat.strip()
                + "\n\nYour previous answer, for reference:\n\n~~~~text\n" + previous.strip() + "\n~~~~\n";
    }
}
