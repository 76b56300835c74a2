package dev.loopwright.adapter.in.mcp;

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
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lets a request reach the MCP server only with a valid {@code tok_} bearer token, the same tokens as
 * {@code /api/v1}; the caller it names travels with the request to the tools. Anything else is a JSON 401, before
 * the SDK sees the request.
 */
final class McpTokenFilter implements Filter {
    static final String CALLER_ATTRIBUTE = McpTokenFilter.class.getName() + ".caller";
    private static final String PREFIX = "Bearer ";

    private final AuthenticateApiTokenUseCase tokens;

    McpTokenFilter(AuthenticateApiTokenUseCase tokens) {
        this.tokens = tokens;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<ApiCaller> caller = bearer(http.getHeader("Authorization")).flatMap(tokens::authenticate);
        if (caller.isEmpty()) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(401);
            out.setHeader("WWW-Authenticate", "Bearer");
            out.setContentType("application/json");
            out.setCharacterEncoding("UTF-8");
            out.getOutputStream().write("{\"error\":\"Missing or invalid API token\"}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        http.setAttribute(CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
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
