package org.tanji.portal.application.pact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.tanji.portal.application.AuditLog;
import org.tanji.portal.application.Caller;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.application.NotVisibleException;
import org.tanji.portal.application.ProductService;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.exchange.ApiClient;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;

/**
 * An exporter's customers as PACT API clients: registered with credentials of their own (the secret is shown once
 * and kept only as a hash), and given the products whose footprints they may see. A client sees nothing else.
 */
@ApplicationScoped
public class ApiClients {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ExchangeRepository exchange;

    @Inject
    ProductService products;

    @Inject
    AuditLog audit;

    @Inject
    PactEvents events;

    /** A client just registered, with the secret it authenticates with (shown this once). */
    public record Registered(ApiClient client, String clientSecret) {}

    @Transactional
    public Registered register(Caller caller, String name) {
        String secret = random(32);
        ApiClient c =
                new ApiClient(caller.organisationId(), "tanji-" + random(12), Sha256.of(secret), name, caller.login());
        exchange.add(c);
        exchange.flush();
        audit.record(AuditLog.by(caller)
                .did(AuditAction.API_CLIENT_REGISTERED)
                .on("api-client", c.clientId())
                .detail(name)
                .build());
        return new Registered(c, secret);
    }

    @Transactional
    public List<ApiClient> list(Caller caller) {
        return exchange.clientsOf(caller.organisationId());
    }

    /** Lets the client see exactly these products' footprints; each must be a product the caller may change. */
    @Transactional
    public ApiClient grant(Caller caller, long id, Set<Long> productIds) {
        ApiClient c = own(caller, id);
        for (long productId : productIds) {
            try {
                products.actable(caller, productId);
            } catch (NotVisibleException e) {
                throw new InvalidInputException("productIds", "your organisation has no product " + productId);
            }
        }
        c.grant(productIds);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.API_CLIENT_GRANTED)
                .on("api-client", c.clientId())
                .detail("products " + productIds)
                .build());
        return c;
    }

    /**
     * Registers where the client takes events: the root of its PACT API (HTTPS) and the client credentials it gave
     * the exporter there; a null url stops events to it.
     */
    @Transactional
    public ApiClient receiveEventsAt(Caller caller, long id, String url, String clientId, String secret) {
        ApiClient c = own(caller, id);
        if (url != null) {
            java.net.URI u;
            try {
                u = java.net.URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("url", "not a URL: " + url);
            }
            if (!"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new InvalidInputException(
                        "url",
                        "the root of the customer's PACT API over HTTPS, such as"
                                + " https://pact.example.com/api, not " + url);
            }
            if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
                throw new InvalidInputException("clientId", "the client id and secret the customer gave you");
            }
        }
        c.receiveEventsAt(url, url == null ? null : clientId, url == null ? null : secret);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.API_CLIENT_GRANTED)
                .on("api-client", c.clientId())
                .detail(url == null ? "takes no events" : "takes events at " + url)
                .build());
        return c;
    }

    /** The events made for the client, newest first, with their delivery. */
    @Transactional
    public java.util.List<org.tanji.portal.domain.model.exchange.OutgoingEvent> sentTo(Caller caller, long id) {
        return exchange.eventsFor(own(caller, id).id());
    }

    /** Asks the supplier registered as client {@code id} for footprints; answers the request's event id. */
    @Transactional
    public String request(Caller caller, long id, com.fasterxml.jackson.databind.node.ObjectNode criteria) {
        return events.request(own(caller, id), criteria);
    }

    /** One event a client of the caller's organisation sent. */
    @Transactional
    public org.tanji.portal.domain.model.exchange.ReceivedEvent received(Caller caller, long id, String eventId) {
        return exchange.received(own(caller, id).id(), eventId)
                .orElseThrow(() -> new NotVisibleException("no event " + eventId + " from client " + id));
    }

    /** The events the organisation's clients sent, newest first. */
    @Transactional
    public java.util.List<org.tanji.portal.domain.model.exchange.ReceivedEvent> received(Caller caller) {
        return exchange.receivedBy(caller.organisationId());
    }

    /** Disables (or enables again) a client: its tokens stop working at once. */
    @Transactional
    public ApiClient enable(Caller caller, long id, boolean enabled) {
        ApiClient c = own(caller, id);
        c.enable(enabled);
        audit.record(AuditLog.by(caller)
                .did(enabled ? AuditAction.API_CLIENT_ENABLED : AuditAction.API_CLIENT_DISABLED)
                .on("api-client", c.clientId())
                .build());
        return c;
    }

    private ApiClient own(Caller caller, long id) {
        return exchange.client(id)
                .filter(c -> Visibility.mayAct(caller.viewer(), c))
                .orElseThrow(() -> new NotVisibleException("no API client " + id));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
