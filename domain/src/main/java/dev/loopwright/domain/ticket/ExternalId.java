package dev.loopwright.domain.ticket;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.project.Shortname;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket reference people use, {@code SHORTNAME-N}; also the name of the ticket's branch. */
public record ExternalId(Shortname shortname, int number) {
    private static final Pattern FORMAT = Pattern.compile("([A-Z0-9]{3,5})-([1-9][0-9]{0,8})");

    public ExternalId {
        Objects.requireNonNull(shortname, "shortname");
        if (number < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1, got " + number);
        }
    }

    public static ExternalId parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw ValidationException.of("externalId", "a ticket reference looks like ABC-12 (project shortname,"
                    + " a dash, the ticket number)");
        }
        return new ExternalId(new Shortname(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return shortname.value() + "-" + number;
    }
}
