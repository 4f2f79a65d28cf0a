package org.tanji.portal.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request body larger than the portal takes, by its declared length, with 413 and a problem the client can
 * show — before anything reads it. The server's own limit ({@code max-post-size} in configure.cli, set well above
 * this one) stays as the backstop for bodies sent without a length; it answers a bare 400.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The largest body: above every upload limit (BOM 5 MB, evidence 10 MB) and any footprint model. */
    public static final long MAX_BODY_BYTES = 25L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() <= MAX_BODY_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponse.send(
                response,
                "too-large",
                "Request too large",
                413,
                "the request body has " + request.getContentLengthLong() + " bytes; the portal takes at most "
                        + MAX_BODY_BYTES + " (uploads: a BOM 5 MB, evidence 10 MB)");
    }
}
