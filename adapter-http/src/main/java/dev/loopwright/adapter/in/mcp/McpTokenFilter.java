package dev.loopwright.adapter.in.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.AuthenticateApiTokenUseCase;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a request reach the MCP server only with a valid {@code tok_} bearer token, the same tokens as
 * {@code /api/v1}; the caller it names travels with the request to the tools. Anything else is a JSON 401 (403 for
 * a plan without API access) before the SDK sees the request. Per-token rate limits are the REST API's only.
 */
final class McpTokenFilter implements Filter {
    static final String CALLER_ATTRIBUTE = McpTokenFilter.class.getName() + ".caller";
    private static final String PREFIX = "Bearer ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthenticateApiTokenUseCase tokens;

    McpTokenFilter(AuthenticateApiTokenUseCase tokens) {
        this.tokens = tokens;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<ApiCaller> caller;
        try {
            caller = bearer(http.getHeader("Authorization")).flatMap(tokens::authenticate);
        } catch (ForbiddenException e) {
            // A real token of an organisation whose plan has no API access.
            refuse((HttpServletResponse) response, 403, e.getMessage());
            return;
        }
        if (caller.isEmpty()) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setHeader("WWW-Authenticate", "Bearer");
            refuse(out, 401, "Missing or invalid API token");
            return;
        }
        http.setAttribute(CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        out.setContentType("application/json");
        out.setCharacterEncoding("UTF-8");
        out.getOutputStream().write(JSON.writeValueAsBytes(Map.of("error", message)));
    }

    private static Optional<String> bearer(String header) {
        if (header == null || header.length() <= PREFIX.length()
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String token = header.substring(PREFIX.length()).strip();
        return token.isEmpty() || token.length() > 200 ? Optional.empty() : Optional.of(token);
    }
}
