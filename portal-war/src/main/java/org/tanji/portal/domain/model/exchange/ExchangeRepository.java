package org.tanji.portal.domain.model.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Profiles, published footprints, API clients and their tokens; implemented with JPA. */
public interface ExchangeRepository {
    Optional<ExchangeProfile> profile(long productId);

    void add(ExchangeProfile profile);

    Optional<PublishedFootprint> footprint(String id);

    Optional<PublishedFootprint> footprintOfCertificate(String certificateNumber);

    /** The product's footprints, oldest first. */
    List<PublishedFootprint> footprintsOf(long productId);

    /** The footprints of these products, newest first. */
    List<PublishedFootprint> footprintsOf(Collection<Long> productIds);

    void add(PublishedFootprint footprint);

    Optional<ApiClient> client(long id);

    Optional<ApiClient> clientByClientId(String clientId);

    List<ApiClient> clientsOf(long organisationId);

    void add(ApiClient client);

    void add(ClientToken token);

    Optional<ClientToken> token(String sha256);

    /** Removes tokens that ended before {@code now}; answers how many. */
    int removeTokensBefore(Instant now);

    void add(OutgoingEvent event);

    Optional<OutgoingEvent> outgoing(long id);

    /** Events due for an attempt at {@code now}, oldest first, at most {@code limit}. */
    List<OutgoingEvent> dueEvents(Instant now, int limit);

    /** The events made for a client, newest first. */
    List<OutgoingEvent> eventsFor(long clientId);

    Optional<ReceivedEvent> received(long clientId, String eventId);

    void add(ReceivedEvent event);

    /** The events the organisation's clients sent, newest first. */
    List<ReceivedEvent> receivedBy(long organisationId);

    void flush();
}
