package dev.loopwright.adapter.out.opencode.scripted;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scripted model's behaviour: the models it lists and, for each request, the response of the first rule
 * that matches, else the fallback. OpenCode's side requests (session titles, task names) always get the
 * fallback, so they never use up a rule meant for the agent.
 */
public final class Script {
    public static final String DEFAULT_MODEL = "echo";

    private final List<String> models;
    private final List<Rule> rules;
    private final Response fallback;

    private Script(List<String> models, List<Rule> rules, Response fallback) {
        this.models = List.copyOf(models);
        this.rules = List.copyOf(rules);
        this.fallback = fallback;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A script without rules: every request gets the text. */
    public static Script replying(String text) {
        return builder().fallback(Response.reply(text)).build();
    }

    public List<String> models() {
        return models;
    }

    Response answer(ChatRequest request) {
        if (request.isSideRequest()) {
            return fallback;
        }
        for (Rule rule : rules) {
            var response = rule.answer(request);
            if (response.isPresent()) {
                return response.get();
            }
        }
        return fallback;
    }

    public static final class Builder {
        private final List<String> models = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private Response fallback = Response.reply("ok");

        private Builder() {
        }

        /** The model ids {@code GET /v1/models} lists; {@value Script#DEFAULT_MODEL} alone when none are given. */
        public Builder models(String... ids) {
            for (String id : ids) {
                models.add(Objects.requireNonNull(id, "id"));
            }
            return this;
        }

        /** Adds a rule after the ones already added; earlier rules are tried first. */
        public Builder rule(Rule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Shorthand for a {@link Rule#repeating} rule. */
        public Builder on(When condition, Response first, Response... then) {
            return rule(Rule.repeating(condition, first, then));
        }

        /** Shorthand for a {@link Rule#once} rule. */
        public Builder once(When condition, Response first, Response... then) {
            return rule(Rule.once(condition, first, then));
        }

        /** The answer when no rule matches; the text "ok" unless set. */
        public Builder fallback(Response response) {
            fallback = Objects.requireNonNull(response, "response");
            return this;
        }

        public Script build() {
            return new Script(models.isEmpty() ? List.of(DEFAULT_MODEL) : models, rules, fallback);
        }
    }
}
