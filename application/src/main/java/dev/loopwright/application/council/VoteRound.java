package dev.loopwright.application.council;

import dev.loopwright.domain.council.Presentation;
import dev.loopwright.domain.council.Scorecard;
import dev.loopwright.domain.council.Tally;
import java.util.List;

/**
 * The persisted result of the vote step: what order each voter saw (with its seed), the valid scorecards, every
 * voter's outcome and the tally that names the winner.
 */
public record VoteRound(List<Presentation> presentations, List<Scorecard> scorecards, List<MemberReport> voters,
        Tally tally) {
    public VoteRound {
        presentations = List.copyOf(presentations);
        scorecards = List.copyOf(scorecards);
        voters = List.copyOf(voters);
    }

    public String winner() {
        return tally.winner();
    }
}
