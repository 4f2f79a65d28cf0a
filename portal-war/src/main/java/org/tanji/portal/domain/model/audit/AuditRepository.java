package org.tanji.portal.domain.model.audit;

import java.util.List;

/** The audit log's entries and the head of its chain; implemented with JPA in infrastructure. */
public interface AuditRepository {
    /** The head, locked until the transaction ends, so that entries are appended one at a time. */
    AuditHead lockHead();

    void append(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> newest(int offset, int limit);

    List<AuditEntry> all();
}
