package org.tanji.portal.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.tanji.portal.application.BoundedCache;

/**
 * Limits how often one client address may ask the public verification API: {@code tanji.public.rate} requests
 * per second on average (20 by default), in bursts of up to ten seconds' worth, answered 429 with
 * {@code Retry-After} beyond that. Behind a reverse proxy, turn on Undertow's {@code proxy-address-forwarding} so
 * that the address is the client's, not the proxy's.
 */
@WebFilter(urlPatterns = "/api/public/*", asyncSupported = true)
public class PublicRateLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Buckets of addresses seen in the last ten minutes; each is small (three numbers). */
    private final transient BoundedCache<String, TokenBucket> buckets =
            new BoundedCache<>(100_000, b -> 1, Duration.ofMinutes(10));

    private final double rate = rate();

    static double rate() {
        String text = System.getProperty("tanji.public.rate", "20");
        try {
            double r = Double.parseDouble(text);
            if (!(r > 0)) {
                throw new NumberFormatException("not positive");
            }
            return r;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "tanji.public.rate must be a positive number of requests per second, not " + text, e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TokenBucket bucket = buckets.get(request.getRemoteAddr(), a -> new TokenBucket(rate, 10 * rate));
        long waitMillis = bucket.take(System.nanoTime());
        if (waitMillis == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        ProblemResponse.send(
                response,
                "rate-limited",
                "Too many requests",
                429,
                "this address asked more than " + (long) rate + " times a second; try again in " + seconds + " s");
    }

    /** Requests allowed: {@code rate} per second, up to {@code burst} saved up. */
    static final class TokenBucket {
        private final double rate;
        private final double burst;
        private double tokens;
        private long last;

        TokenBucket(double rate, double burst) {
            this.rate = rate;
            this.burst = burst;
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        /** Takes one request at {@code now}: 0 when allowed, else how many milliseconds until one would be. */
        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate * 1000);
        }
    }
}
