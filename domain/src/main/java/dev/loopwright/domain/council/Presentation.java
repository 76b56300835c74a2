package dev.loopwright.domain.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The anonymous order in which one voter sees the drafts: "Draft 1" … "Draft N". It is a shuffle seeded per
 * voter, and the seed is stored, so the order can be replayed and audited but no voter can tell whose draft
 * is whose — including its own.
 *
 * @param authors draft authors (member model ids) in the order shown: index 0 is "Draft 1"
 */
public record Presentation(String voter, long seed, List<String> authors) {
    public Presentation {
        Objects.requireNonNull(voter, "voter");
        authors = List.copyOf(authors);
    }

    /** Shuffles the authors with the seed; the same seed always gives the same order on every JVM. */
    public static Presentation shuffle(String voter, long seed, List<String> authors) {
        List<String> order = new ArrayList<>(authors);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return new Presentation(voter, seed, order);
    }

    public static String label(int index) {
        return "Draft " + (index + 1);
    }

    /** The author behind a label such as "Draft 2". */
    public Optional<String> authorOf(String label) {
        for (int i = 0; i < authors.size(); i++) {
            if (label(i).equals(label)) {
                return Optional.of(authors.get(i));
            }
        }
        return Optional.empty();
    }
}
