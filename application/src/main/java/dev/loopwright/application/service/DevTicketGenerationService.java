package dev.loopwright.application.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.intake.generation.GeneratedTicket;
import dev.loopwright.application.intake.generation.Generation;
import dev.loopwright.application.intake.generation.TicketGenerator;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.GenerateDevTicketUseCase;
import dev.loopwright.application.port.in.NewDevTicketCommand;
import dev.loopwright.application.port.in.ReadTicketSourceUseCase;
import dev.loopwright.application.port.in.RecordDevTicketUseCase;
import dev.loopwright.application.port.in.TicketSource;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.SourceRef;
import java.util.Objects;

/**
 * Generate a ticket: read the source (scoped to the caller's organisation), ask the model, store the ticket with how
 * it was made as its {@code ai_context}. The ticket is stored only once a valid one came back, in one write, so a
 * failed or interrupted generation leaves nothing behind.
 */
public final class DevTicketGenerationService implements GenerateDevTicketUseCase {
    static final String PROMPT_NAME = "feedback-ticket";
    private static final int MAX_WARNINGS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadTicketSourceUseCase sources;
    private final RecordDevTicketUseCase records;
    private final TicketGenerator generator;

    public DevTicketGenerationService(ReadTicketSourceUseCase sources, RecordDevTicketUseCase records,
            TicketGenerator generator) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.records = Objects.requireNonNull(records, "records");
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    @Override
    public DevTicket generateDevTicket(ApiCaller caller, SourceRef source) {
        // Checked before the model is asked: a viewer's request should not cost a generation.
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Viewers may not generate tickets");
        }
        TicketSource read = sources.readTicketSource(caller, source);
        Generation generation = generator.generate(read);
        GeneratedTicket ticket = generation.ticket();
        return records.recordDevTicket(caller, NewDevTicketCommand.generated(source, ticket.title(),
                ticket.description(), ticket.priority(), ticket.labels(), aiContext(generation, read)));
    }

    private static RawJson aiContext(Generation generation, TicketSource source) {
        ObjectNode context = JSON.createObjectNode();
        context.put("model", generation.model().value());
        context.put("prompt", PROMPT_NAME);
        context.put("attempts", generation.attempts());
        context.put("comments_read", source.comments().size());
        ArrayNode warnings = context.putArray("warnings");
        generation.warnings().stream().limit(MAX_WARNINGS)
                .map(warning -> warning.length() > 300 ? warning.substring(0, 300) + "…" : warning)
                .forEach(warnings::add);
        return new RawJson(context.toString());
    }
}
