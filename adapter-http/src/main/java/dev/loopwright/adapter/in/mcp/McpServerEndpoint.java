package dev.loopwright.adapter.in.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The MCP server at {@code /mcp}: the official SDK's Streamable HTTP transport, a servlet mounted beside Javalin's
 * own in the same Jetty context (an exact path mapping wins over Javalin's {@code /*}), behind the token filter.
 * The SDK's sessions live in memory; a client whose session is gone after a restart initialises again, as the
 * protocol expects.
 */
public final class McpServerEndpoint implements AutoCloseable {
    public static final String PATH = "/mcp";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;
    private final McpTokenFilter filter;
    private final AtomicBoolean closed = new AtomicBoolean();

    public McpServerEndpoint(McpUseCases useCases, String version) {
        Objects.requireNonNull(useCases, "useCases");
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint(PATH)
                .keepAliveInterval(Duration.ofSeconds(15))
                .contextExtractor(request -> {
                    Object caller = request.getAttribute(McpTokenFilter.CALLER_ATTRIBUTE);
                    return caller == null ? McpTransportContext.EMPTY
                            : McpTransportContext.create(Map.of(McpTools.CALLER, caller));
                })
                .build();
        server = McpServer.sync(transport)
                .serverInfo("loopwright", version)
                .instructions("Loopwright's feedback intake: read and triage feedback, generate developer tickets "
                        + "with AI, and promote them into Loopwright's coding workflow.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(json)
                // Arguments are checked by the tools themselves, so every refusal is a tool error in our words.
                .validateToolInputs(false)
                .requestTimeout(Duration.ofMinutes(30))
                .tools(new McpTools(useCases).all())
                .build();
        filter = new McpTokenFilter(useCases.tokens());
    }

    /** Adds the endpoint to a Javalin configuration; call inside {@code Javalin.create}. It closes when Javalin stops. */
    public void mount(JavalinConfig config) {
        config.events.serverStopping(this::close);
        config.jetty.modifyServletContextHandler(context -> {
            ServletHolder servlet = new ServletHolder("mcp", transport);
            servlet.setAsyncSupported(true);
            context.addServlet(servlet, PATH);
            FilterHolder tokens = new FilterHolder(filter);
            tokens.setAsyncSupported(true);
            context.addFilter(tokens, PATH, EnumSet.of(DispatcherType.REQUEST));
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.closeGracefully();
        }
    }
}
