package org.tanji.portal.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a request that changes something when another site's page sent it. A form on any web site can post to
 * the portal, and the browser would add the visitor's session cookie: without this check, that page could store
 * evidence or start jobs in the visitor's name (cross-site request forgery). Browsers say where a request comes
 * from ({@code Sec-Fetch-Site}, {@code Origin}); a request whose origin is another host is answered 403.
 *
 * <p>Requests with an {@code Authorization} header are left alone: another site's page cannot set that header, and
 * programs calling the API with a token send no {@code Origin}. Reads (GET, HEAD, OPTIONS) change nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod()) || request.getHeader("Authorization") != null || sameSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponse.send(
                response,
                "cross-site-request",
                "Cross-site request refused",
                403,
                "This request came from a page of another site. Open the portal itself and do it there; programs call"
                        + " the API with a token.");
    }

    /** Whether the request came from the portal's own pages, or from something that is not a browser page. */
    static boolean sameSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false; // "cross-site" or "same-site" (a sibling host under the same domain)
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // not a browser's cross-origin request: browsers send Origin on every cross-site POST
        }
        String host = request.getHeader("Host");
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false; // "null" or garbage: a sandboxed or privacy-stripped origin is not ours
        }
    }
}
