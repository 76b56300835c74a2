package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.in.TicketLogEntry;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/files/{id}/logs}: the ticket's durable execution log, oldest first, optionally of one phase. Must be
 * registered before the planning-file routes, whose {@code /api/files/{id}/{file}} would otherwise take "logs".
 */
final class LogRoutes {
    private final HttpUseCases useCases;

    LogRoutes(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/files/{id}/logs", this::logs);
    }

    private void logs(Context ctx) {
        TicketReference ref = TicketRoutes.ref(ctx);
        Optional<TicketStatus> phase = phase(ctx.queryParam("phase"));
        Ticket ticket = useCases.getTicket().get(ref);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (TicketLogEntry line : useCases.readTicketLog().readLog(ref, phase)) {
            entries.add(entry(line.at().toString(), line.phase(), line.level().name().toLowerCase(), line.message(),
                    false));
        }
        // A phase that has not written yet still shows as running, so a reader never sees a silent ticket.
        TicketStatus current = ticket.status();
        boolean currentWrote = entries.stream().anyMatch(entry -> entry.get("phase").equals(current.name()));
        if (!current.isTerminal() && !currentWrote && phase.map(wanted -> wanted == current).orElse(true)) {
            entries.add(entry(ticket.updatedAt().toString(), current, "info", "Status " + current + " is active",
                    true));
        }
        ctx.json(entries);
    }

    private static Optional<TicketStatus> phase(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TicketStatus.valueOf(raw));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Invalid phase parameter: must be a ticket status such as CODING");
        }
    }

    private static Map<String, Object> entry(String timestamp, TicketStatus phase, String level, String message,
            boolean synthetic) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("timestamp", timestamp);
        entry.put("phase", phase.name());
        entry.put("level", level);
        entry.put("message", message);
        entry.put("synthetic", synthetic);
        return entry;
    }
}
