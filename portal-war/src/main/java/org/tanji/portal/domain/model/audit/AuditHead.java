package org.tanji.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of the newest audit entry; locked while an entry is appended so the chain follows commit order. */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    @Id
    private int id;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {}

    public String lastHash() {
        return lastHash;
    }

    public void advance(String hash) {
        this.lastHash = hash;
    }
}
