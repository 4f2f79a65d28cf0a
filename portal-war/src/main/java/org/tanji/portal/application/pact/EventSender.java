package org.tanji.portal.application.pact;

/**
 * The port through which a CloudEvent reaches another PACT host system: authenticate at its token endpoint with the
 * credentials it gave us, then POST the event to its {@code /3/events}. Implemented over HTTPS in infrastructure.
 */
public interface EventSender {
    /**
     * Delivers {@code event} (a CloudEvent in structured JSON) to the host whose PACT API's root is {@code baseUrl}.
     *
     * @throws DeliveryFailed saying what went wrong (the attempt is made again later)
     */
    void send(String baseUrl, String clientId, String secret, String event);

    /** A delivery that did not succeed: the host did not answer, refused the credentials, or refused the event. */
    final class DeliveryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DeliveryFailed(String message) {
            super(message);
        }
    }
}
