package dev.loopwright.application.council;

import dev.loopwright.domain.council.Quorum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persisted result of the draft step: every member's outcome and the valid drafts, both in council order.
 */
public record DraftRound(List<MemberReport> members, List<Draft> drafts) {
    public DraftRound {
        members = List.copyOf(members);
        drafts = List.copyOf(drafts);
    }

    public Map<String, Quorum.Outcome> outcomes() {
        Map<String, Quorum.Outcome> outcomes = new LinkedHashMap<>();
        members.forEach(report -> outcomes.put(report.member(), report.outcome()));
        return outcomes;
    }

    /** Members whose draft is valid, in council order. */
    public List<String> authors() {
        return drafts.stream().map(Draft::member).toList();
    }

    public Optional<Draft> draftOf(String member) {
        return drafts.stream().filter(draft -> draft.member().equals(member)).findFirst();
    }
}
