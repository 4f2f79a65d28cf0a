package org.tanji.portal.domain.model.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.tanji.portal.domain.model.access.OwnedByOrganisation;

/**
 * A customer of an exporter that may call the PACT API: its client id, the SHA-256 of its secret (a random secret of
 * 256 bits needs no slow hash), and the products whose footprints it may see — nothing else of the exporter's.
 */
@Entity
@Table(name = "pact_client")
public class ApiClient implements OwnedByOrganisation {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "secret_hash")
    private String secretHash;

    private String name;

    private boolean enabled;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "events_url")
    private String eventsUrl;

    @Column(name = "events_client_id")
    private String eventsClientId;

    @Column(name = "events_secret")
    private String eventsSecret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact_grant", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "product_id")
    private Set<Long> products = new HashSet<>();

    protected ApiClient() {}

    public ApiClient(long organisationId, String clientId, String secretHash, String name, String createdBy) {
        this.organisationId = organisationId;
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.name = name;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    @Override
    public long ownerOrganisationId() {
        return organisationId;
    }

    public String clientId() {
        return clientId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The products whose footprints this client may see. */
    public Set<Long> products() {
        return Set.copyOf(products);
    }

    /**
     * Where the customer takes events: the root of its PACT API (https://host/subpath) and the client credentials it
     * gave the exporter there. Kept as given: the customer can revoke them on its side at any time.
     */
    public void receiveEventsAt(String url, String clientId, String secret) {
        this.eventsUrl = url;
        this.eventsClientId = clientId;
        this.eventsSecret = secret;
    }

    /** The root of the customer's PACT API for events, or null when it takes none. */
    public String eventsUrl() {
        return eventsUrl;
    }

    public String eventsClientId() {
        return eventsClientId;
    }

    public String eventsSecret() {
        return eventsSecret;
    }

    /** Replaces the products this client may see. */
    public void grant(Set<Long> productIds) {
        products.clear();
        products.addAll(productIds);
    }
}
