package org.tanji.portal.application.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.domain.model.exchange.ApiClient;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;
import org.tanji.portal.domain.model.exchange.OutgoingEvent;
import org.tanji.portal.domain.model.exchange.ReceivedEvent;

/**
 * PACT events, both ways. A customer's request for footprints (RequestCreatedEvent) is answered — once its
 * criteria are read — with a RequestFulfilledEvent holding the matching footprints it may see, or a
 * RequestRejectedEvent when none match, sent to the customer's own PACT API (registered by the exporter, and the
 * request's {@code source} must name that host). Published, fulfilled and rejected events a client sends are kept
 * for the exporter to read. When a new footprint replaces one, every customer that may see it and takes events is
 * sent a PublishedEvent. Sending is {@link EventDelivery}'s, with retries.
 */
@ApplicationScoped
public class PactEvents {
    public static final String REQUEST_CREATED = "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3";
    public static final String REQUEST_FULFILLED = "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3";
    public static final String REQUEST_REJECTED = "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3";
    public static final String PUBLISHED = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";
    private static final List<String> TYPES = List.of(REQUEST_CREATED, REQUEST_FULFILLED, REQUEST_REJECTED, PUBLISHED);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    ExchangeRepository exchange;

    @Inject
    ClientFootprints footprints;

    /**
     * Takes an event from a client: checked (a CloudEvent 1.0 of one of the four types, with the data its type
     * needs), kept once per event id (a repeated one is accepted and not acted on again), and acted on.
     *
     * @throws InvalidInputException naming what is wrong, for a 400 BadRequest
     */
    @Transactional
    public void receive(ApiClient client, JsonNode event) {
        for (String attribute : List.of("type", "specversion", "id", "source")) {
            if (!event.path(attribute).isTextual()
                    || event.path(attribute).asText().isBlank()) {
                throw new InvalidInputException(attribute, "a CloudEvent needs \"" + attribute + "\"");
            }
        }
        if (!"1.0".equals(event.path("specversion").asText())) {
            throw new InvalidInputException("specversion", "CloudEvents 1.0, not " + event.path("specversion"));
        }
        String type = event.path("type").asText();
        if (!TYPES.contains(type)) {
            throw new InvalidInputException("type", "one of " + TYPES + ", not " + type);
        }
        if (!event.path("data").isObject()) {
            throw new InvalidInputException("data", "the event's data object is missing");
        }
        String eventId = event.path("id").asText();
        if (exchange.received(client.id(), eventId).isPresent()) {
            return; // delivered twice: acted on once
        }
        if (type.equals(REQUEST_CREATED)) {
            answer(client, event);
        } else if (type.equals(PUBLISHED) && !event.path("data").path("pfIds").isArray()) {
            throw new InvalidInputException("data.pfIds", "a PublishedEvent lists the footprints' ids in data.pfIds");
        } else if (!type.equals(PUBLISHED)
                && !event.path("data").path("requestEventId").isTextual()) {
            throw new InvalidInputException("data.requestEventId", "a response names the request it answers");
        }
        exchange.add(new ReceivedEvent(
                client.id(), eventId, type, event.path("source").asText(), event.toString()));
    }

    /** The answer to a request, queued for delivery to the client's PACT API. */
    private void answer(ApiClient client, JsonNode request) {
        if (client.eventsUrl() == null) {
            throw new InvalidInputException(
                    "source",
                    "the data owner has not registered where you take events; ask it to, or use ListFootprints");
        }
        String source = request.path("source").asText();
        if (!sameHost(source, client.eventsUrl())) {
            throw new InvalidInputException(
                    "source",
                    "answers go to the host registered for you ("
                            + URI.create(client.eventsUrl()).getHost() + "), not to " + source);
        }
        JsonNode data = request.path("data");
        ClientFootprints.Filter filter = new ClientFootprints.Filter(
                productIds(data),
                texts(data.path("companyId")),
                texts(data.path("geography")),
                texts(data.path("classification")),
                instant(data, "validOn"),
                instant(data, "validAfter"),
                instant(data, "validBefore"),
                data.hasNonNull("status") ? data.path("status").asText() : null);
        List<ObjectNode> matching = footprints.list(client, filter, 0, 1000).data();
        ObjectNode answer = JSON.objectNode();
        answer.put("requestEventId", request.path("id").asText());
        String type;
        if (matching.isEmpty()) {
            type = REQUEST_REJECTED;
            answer.putObject("error")
                    .put("code", "NotFound")
                    .put("message", "No footprint you may see matches the request.");
        } else {
            type = REQUEST_FULFILLED;
            answer.putArray("pfs").addAll(matching);
        }
        queue(client, type, answer);
    }

    /**
     * Asks a supplier for footprints: a RequestCreatedEvent with {@code criteria} (the ListFootprints criteria, and
     * an optional {@code comment}) queued for the supplier's PACT API, registered as the client's event address. Its
     * answer arrives as an event from that client. Answers the request's event id.
     *
     * @throws InvalidInputException when the supplier has no event address or a criterion is malformed
     */
    @Transactional
    public String request(ApiClient supplier, ObjectNode criteria) {
        if (supplier.eventsUrl() == null) {
            throw new InvalidInputException(
                    "url", "register the supplier's PACT API and the credentials it gave you first (PUT …/events)");
        }
        ObjectNode data = JSON.objectNode();
        for (String list : List.of("productId", "companyId", "geography", "classification")) {
            List<String> values = texts(criteria.path(list));
            if (!values.isEmpty()) {
                values.forEach(data.putArray(list)::add);
            }
        }
        for (String date : List.of("validOn", "validAfter", "validBefore")) {
            Instant at = instant(criteria, date);
            if (at != null) {
                data.put(date, at.toString());
            }
        }
        if (criteria.hasNonNull("status")) {
            data.put("status", criteria.path("status").asText());
        }
        if (criteria.hasNonNull("comment")) {
            data.put("comment", criteria.path("comment").asText());
        }
        if (data.isEmpty() || (data.size() == 1 && data.has("comment"))) {
            throw new InvalidInputException("productId", "name what you ask for: productId, companyId, geography, …");
        }
        return queue(supplier, REQUEST_CREATED, data);
    }

    /** Queues a PublishedEvent for each customer that may see {@code productId} and takes events. */
    @Transactional(Transactional.TxType.MANDATORY)
    void published(long organisationId, long productId, String footprintId) {
        for (ApiClient c : exchange.clientsOf(organisationId)) {
            if (c.enabled() && c.eventsUrl() != null && c.products().contains(productId)) {
                ObjectNode data = JSON.objectNode();
                data.putArray("pfIds").add(footprintId);
                queue(c, PUBLISHED, data);
            }
        }
    }

    private String queue(ApiClient client, String type, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = JSON.objectNode();
        event.put("type", type);
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source());
        event.put("time", Instant.now().toString());
        event.set("data", data);
        exchange.add(new OutgoingEvent(client.id(), id, type, event.toString()));
        return id;
    }

    /** This host's events endpoint as a CloudEvent source: {@code tanji.public-url}'s host, else localhost. */
    static String source() {
        String publicUrl = System.getProperty("tanji.public-url");
        String host = publicUrl == null || publicUrl.isBlank()
                ? "localhost"
                : URI.create(publicUrl).getAuthority();
        return "//" + host + "/api/pact/3/events";
    }

    private static boolean sameHost(String source, String registered) {
        try {
            String s = source.startsWith("//") ? "https:" + source : source;
            String a = URI.create(s).getHost();
            String b = URI.create(registered).getHost();
            return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code data.productId}, or {@code data.pf.productIds} as earlier requests put it. */
    private static List<String> productIds(JsonNode data) {
        List<String> ids = texts(data.path("productId"));
        if (ids.isEmpty()) {
            ids = texts(data.path("pf").path("productIds"));
        }
        return ids;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static Instant instant(JsonNode data, String name) {
        if (!data.hasNonNull(name)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(data.path(name).asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("data." + name, "a date-time such as 2025-06-30T00:00:00Z");
        }
    }
}
