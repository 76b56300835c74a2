package dev.loopwright.application.intake.generation;

import dev.loopwright.application.port.in.TicketSource;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.CardLabel;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.SourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What of a stored feedback item or card the model sees: its text, the facts a developer would ask about, and its
 * comments with {@code @user_id} mentions shown as the member's name. Reporter e-mails and widget keys are left out:
 * the model needs none of them.
 */
final class SourceMapping {
    private SourceMapping() {
    }

    static GenerationSource of(TicketSource source) {
        if (source instanceof TicketSource.FeedbackSource) {
            return feedback((TicketSource.FeedbackSource) source);
        }
        return card((TicketSource.CardSource) source);
    }

    private static GenerationSource feedback(TicketSource.FeedbackSource source) {
        FeedbackItem item = source.item();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("project", source.project().name());
        facts.put("type", item.type().wireName());
        facts.put("status", item.status().wireName());
        facts.put("page_url", item.pageUrl());
        facts.put("reported_by", item.reporter().name());
        facts.put("reported_at", item.createdAt().toString());
        item.screenshotUrl().ifPresent(url -> facts.put("screenshot", "attached"));
        item.recordingUrl().ifPresent(url -> facts.put("recording", "attached"));
        return new GenerationSource(SourceType.FEEDBACK, item.id().value(), item.title(),
                Optional.of(item.description()), facts, comments(source.comments(), source.projectMembers()));
    }

    private static GenerationSource card(TicketSource.CardSource source) {
        BoardCard card = source.card();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("project", source.project().name());
        facts.put("list", source.list().name());
        facts.put("labels", card.labels().stream().map(CardLabel::text).filter(text -> !text.isBlank())
                .collect(Collectors.joining(", ")));
        card.dueDate().ifPresent(date -> facts.put("due_date", date.toString()));
        card.authorName().ifPresent(author -> facts.put("author", author));
        facts.put("checklist", card.checklist().stream()
                .map(item -> (item.checked() ? "[x] " : "[ ] ") + item.text())
                .collect(Collectors.joining("; ")));
        facts.put("attachments", card.attachments().isEmpty() ? "" : card.attachments().size() + " attached");
        return new GenerationSource(SourceType.BOARD_CARD, card.id().value(), card.title(), card.description(),
                facts, comments(source.comments(), source.projectMembers()));
    }

    private static List<GenerationSource.Comment> comments(List<Comment> comments, List<Member> members) {
        return comments.stream().map(comment -> new GenerationSource.Comment(
                comment.authorName().isBlank() ? "someone" : comment.authorName(), named(comment.body(), members),
                Optional.of(comment.createdAt()))).toList();
    }

    /** {@code @user-001} becomes {@code @Ann Lee (user-001)} so the model knows who is meant. */
    private static String named(String body, List<Member> members) {
        String text = body;
        for (Member member : members) {
            text = text.replaceAll("(?<![A-Za-z0-9_.-])@" + java.util.regex.Pattern.quote(member.userId().value())
                    + "(?![A-Za-z0-9_-])", java.util.regex.Matcher.quoteReplacement("@" + member.displayName() + " ("
                    + member.userId().value() + ")"));
        }
        return text;
    }
}
