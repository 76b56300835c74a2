package dev.loopwright.adapter.out.opencode.scripted;

/** Token counts for usage reports; there is no tokenizer, so about four characters make a token. */
final class Tokens {
    private Tokens() {
    }

    static int estimate(CharSequence text) {
        return Math.max(1, text.length() / 4);
    }
}
