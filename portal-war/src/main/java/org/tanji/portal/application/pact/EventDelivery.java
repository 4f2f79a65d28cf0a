package org.tanji.portal.application.pact;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.exchange.ApiClient;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;
import org.tanji.portal.domain.model.exchange.OutgoingEvent;

/**
 * Sends queued PACT events every {@code tanji.pact.delivery-interval} (PT5S): each due event is delivered to its
 * client's PACT API, or its attempt is recorded and the next one scheduled with exponential backoff, for three days
 * at most ({@link OutgoingEvent}). An event of a client that was disabled or stopped taking events is given up.
 */
@ApplicationScoped
public class EventDelivery {
    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());
    static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExchangeRepository exchange;

    @Inject
    EventSender sender;

    @Inject
    EventDelivery self;

    private ScheduledFuture<?> schedule;

    static Duration interval() {
        return Duration.parse(System.getProperty("tanji.pact.delivery-interval", "PT5S"));
    }

    public void start() {
        long every = interval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            for (Long id : self.due()) {
                self.attempt(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PACT event delivery failed; trying again at the next run", e);
        }
    }

    @Transactional
    public List<Long> due() {
        return exchange.dueEvents(Instant.now(), BATCH).stream()
                .map(OutgoingEvent::id)
                .toList();
    }

    /** One attempt at one event, in its own transaction (a slow host holds no other event's row). */
    @Transactional
    public void attempt(long id) {
        OutgoingEvent e = exchange.outgoing(id).orElse(null);
        if (e == null || e.nextAttemptAt() == null) {
            return; // delivered or given up meanwhile
        }
        ApiClient client = exchange.client(e.clientId()).orElseThrow();
        if (!client.enabled() || client.eventsUrl() == null) {
            e.abandon(Instant.now(), "the client no longer takes events");
            return;
        }
        try {
            sender.send(client.eventsUrl(), client.eventsClientId(), client.eventsSecret(), e.body());
            e.delivered(Instant.now());
        } catch (EventSender.DeliveryFailed | IllegalArgumentException failure) {
            e.failed(Instant.now(), failure.getMessage());
            LOG.info(() -> "PACT event " + e.eventId() + " to " + client.eventsUrl() + " not delivered (attempt "
                    + e.attempts() + "): " + failure.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
