package org.tanji.portal.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell a browser what the portal's pages may do: run only the portal's own scripts and styles (no
 * inline code, so an injected {@code <script>} does nothing), never be framed (no click-jacking), never guess a
 * content type (an uploaded file is never run as a page), and not send the address of a page to other sites.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI (the API browser) writes style elements at run time; it runs no inline script. */
    static final String API_BROWSER_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /**
     * A case's evidence document shown inside the case page: framed by the portal's own pages only, and allowed
     * nothing a PDF or an image does not need (the browser's PDF viewer runs as a plugin of the document).
     */
    static final String EVIDENCE_POLICY =
            "default-src 'none'; img-src 'self'; object-src 'self';" + " frame-ancestors 'self'";

    private static final java.util.regex.Pattern EVIDENCE =
            java.util.regex.Pattern.compile(".*/api/applications/\\d+/evidence/\\d+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean apiBrowser = request.getRequestURI().endsWith("/api-docs.html");
        boolean evidence = EVIDENCE.matcher(request.getRequestURI()).matches();
        response.setHeader(
                "Content-Security-Policy",
                evidence ? EVIDENCE_POLICY : apiBrowser ? API_BROWSER_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", evidence ? "SAMEORIGIN" : "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
