package dev.loopwright.domain.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code @user_id} mentions in a comment body. Only ids of the project's members count, so an e-mail
 * address or a stray {@code @} is not a mention; each member is listed once, in order of first mention.
 */
public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_.-])@([A-Za-z0-9_-]{1,64})");

    private Mentions() {
    }

    public static List<MemberId> in(String body, Collection<MemberId> projectMembers) {
        Set<String> known = new LinkedHashSet<>();
        projectMembers.forEach(member -> known.add(member.value()));
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            if (known.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        List<MemberId> mentions = new ArrayList<>();
        found.forEach(id -> mentions.add(new MemberId(id)));
        return List.copyOf(mentions);
    }
}
