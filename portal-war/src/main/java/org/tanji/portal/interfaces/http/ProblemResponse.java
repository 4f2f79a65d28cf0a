package org.tanji.portal.interfaces.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A problem (RFC 9457) answered by a servlet filter, before JAX-RS and its mappers are reached: the same fields the
 * REST layer's {@code ProblemDetails} carries, with the detail escaped for JSON.
 */
final class ProblemResponse {
    private ProblemResponse() {}

    static void send(HttpServletResponse response, String type, String title, int status, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"errors\":[]}");
    }
}
