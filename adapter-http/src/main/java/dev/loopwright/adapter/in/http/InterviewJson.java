package dev.loopwright.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.domain.interview.InterviewAnswer;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview on the wire: {@code session} and {@code document} are the application's own stored JSON and the
 * canonical YAML's tree, embedded as they are; {@code questions} is the flat list a screen shows, each with its status.
 */
final class InterviewJson {
    private static final ObjectMapper MAPPER = JsonMapper.create();

    private InterviewJson() {
    }

    static Map<String, Object> from(InterviewView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("winnerId", view.session().winnerModel().value());
        json.put("raw", view.raw().orElse(null));
        json.put("contentSha256", view.contentSha256().map(hash -> hash.hex()).orElse(null));
        json.put("document", view.documentJson().map(InterviewJson::parse).orElse(null));
        json.put("session", parse(view.sessionJson()));
        json.put("questions", questions(view.session()));
        json.put("awaitingInterviewer", view.awaitingInterviewer());
        json.put("lastError", view.lastError().orElse(null));
        return json;
    }

    static List<Map<String, Object>> questions(InterviewSession session) {
        return session.questions().stream().map(question -> question(session, question)).toList();
    }

    private static Map<String, Object> question(InterviewSession session, InterviewQuestion question) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", question.id());
        json.put("question", question.prompt());
        json.put("phase", question.phase().wireName());
        json.put("priority", question.priority().map(priority -> priority.wireName()).orElse(null));
        json.put("rationale", question.rationale().orElse(null));
        json.put("source", question.source().wireName());
        json.put("followUpRound", question.followUpRound().orElse(null));
        json.put("answerType", question.answerType().wireName());
        json.put("options", question.options().stream().map(InterviewJson::option).toList());
        json.put("status", session.statusOf(question.id()).wireName());
        json.put("answer", session.answer(question.id()).map(InterviewJson::answer).orElse(null));
        return json;
    }

    private static Map<String, Object> option(QuestionOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", option.id());
        json.put("label", option.label());
        return json;
    }

    private static Map<String, Object> answer(InterviewAnswer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("skipped", answer.skipped());
        json.put("selectedOptionIds", answer.selectedOptionIds());
        json.put("freeText", answer.freeText());
        json.put("answeredBy", answer.answeredBy().wireName());
        json.put("answeredAt", answer.answeredAt().map(Object::toString).orElse(null));
        return json;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the application's interview JSON is not JSON", e);
        }
    }
}
