package dev.loopwright.domain.profile;

import dev.loopwright.domain.common.ValidationException;
import java.util.regex.Pattern;

/** A model as the model runtime names it: {@code provider/model}, e.g. {@code openai/gpt-5}. */
public record ModelId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[^\\s/]+/\\S+");
    private static final int MAX_LENGTH = 200;

    public ModelId {
        if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("model", "a model id looks like provider/model, without spaces, at most "
                    + MAX_LENGTH + " characters; got '" + shorten(value) + "'");
        }
    }

    public String provider() {
        return value.substring(0, value.indexOf('/'));
    }

    public String model() {
        return value.substring(value.indexOf('/') + 1);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
