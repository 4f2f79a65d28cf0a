package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.audit.AuditChain;
import org.tanji.portal.domain.model.audit.AuditEntry;
import org.tanji.portal.domain.model.audit.AuditEvent;
import org.tanji.portal.domain.model.audit.AuditHead;
import org.tanji.portal.domain.model.audit.AuditRepository;

/**
 * Appends to the audit log in the caller's transaction, and says the same in the server log. Entries form a hash
 * chain through the locked {@link AuditHead} row; transactions of this server first queue for it here, in memory,
 * so that only one at a time waits on the database lock (databases wait for a row lock far less cheaply).
 */
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger("org.tanji.portal.audit");
    private static final Object HOLDS_GATE = new Object();

    /** Held from a transaction's first entry until it commits or rolls back. */
    private final Semaphore gate = new Semaphore(1, true);

    @Inject
    AuditRepository entries;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Appends {@code event} to the chain, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        enterGate();
        AuditHead head = entries.lockHead();
        AuditEntry entry = new AuditEntry(event, head.lastHash());
        entries.append(entry);
        head.advance(entry.entryHash());
        LOG.info(() -> entry.actor() + " " + entry.action() + " " + entry.subject()
                + (entry.detail() == null ? "" : " (" + entry.detail() + ")"));
    }

    /** Starts an event of {@code caller}, with the role and organisation it acts in. */
    public static AuditEvent.Builder by(Caller caller) {
        return caller == Caller.SYSTEM
                ? AuditEvent.by(caller.login(), null, null)
                : AuditEvent.by(caller.login(), caller.role().name(), caller.organisationId());
    }

    /** The newest entries first. */
    @Transactional
    public List<AuditEntry> newest(int page, int size) {
        return entries.newest(page * size, size);
    }

    /** Checks the whole chain against the head, under the head's lock so no entry is appended meanwhile. */
    @Transactional
    public AuditChain.Verification verify() {
        AuditHead head = entries.lockHead();
        return AuditChain.verify(entries.all(), head.lastHash());
    }

    private void enterGate() {
        if (transactions.getResource(HOLDS_GATE) != null) {
            return;
        }
        try {
            if (!gate.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the audit log stayed locked for a minute; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the audit log", e);
        }
        transactions.putResource(HOLDS_GATE, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                gate.release();
            }
        });
    }
}
