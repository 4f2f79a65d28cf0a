package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.audit.AuditChain;
import org.tanji.portal.domain.model.audit.AuditEntry;
import org.tanji.portal.domain.model.audit.AuditEvent;
import org.tanji.portal.domain.model.audit.AuditHead;
import org.tanji.portal.domain.model.audit.AuditRepository;
import org.tanji.portal.domain.model.audit.AuditSeal;

/**
 * Appends to the audit log in the caller's transaction, and says the same in the server log. An entry is written
 * without a hash; once its transaction commits, the {@link AuditSealer} chains it under the head's lock, in the
 * order entries are sealed. So a transaction that records an event never waits for another one's (the chain used
 * to hold the head's lock from the first entry to the commit, one transaction at a time), and the chain stays
 * gap-free: an entry whose transaction rolled back is not there to seal.
 */
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger("org.tanji.portal.audit");
    private static final Object SEAL_REGISTERED = new Object();

    /** Entries sealed per transaction of the sealer. */
    static final int SEAL_BATCH = 500;

    /**
     * How long after it is written an entry must be sealed: its transaction ends within the transaction timeout
     * (five minutes in WildFly), and the sealer runs right after the commit and every few seconds besides.
     */
    public static final Duration SEAL_WITHIN = Duration.ofMinutes(10);

    @Inject
    AuditRepository entries;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditCheckpoints checkpoints;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Appends {@code event} to the log, in the caller's transaction; it is chained after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        AuditEntry entry = AuditEntry.unsealed(event);
        entries.append(entry);
        sealAfterCommit();
        LOG.info(() -> entry.actor() + " " + entry.action() + " " + entry.subject()
                + (entry.detail() == null ? "" : " (" + entry.detail() + ")"));
    }

    /** Starts an event of {@code caller}, with the role and organisation it acts in. */
    public static AuditEvent.Builder by(Caller caller) {
        return caller == Caller.SYSTEM
                ? AuditEvent.by(caller.login(), null, null)
                : AuditEvent.by(caller.login(), caller.role().name(), caller.organisationId());
    }

    /** An entry as shown: with its hash in the chain, null while it awaits its seal. */
    public record Line(AuditEntry entry, String entryHash) {}

    /** The newest entries first. */
    @Transactional
    public List<Line> newest(int page, int size) {
        List<AuditEntry> onPage = entries.newest(page * size, size);
        Map<Long, String> sealed = new HashMap<>();
        entries.seals(onPage.stream().map(AuditEntry::id).toList())
                .forEach(s -> sealed.put(s.entryId(), s.entryHash()));
        return onPage.stream()
                .map(e -> new Line(e, e.sealedAfterCommit() ? sealed.get(e.id()) : e.entryHash()))
                .toList();
    }

    /**
     * Seals what has committed, then checks the whole chain against the head and the signed checkpoints, under the
     * head's lock so that nothing is sealed meanwhile.
     */
    @Transactional
    public AuditChain.Verification verify() {
        sealer.sealNow();
        AuditHead head = entries.lockHead();
        AuditCheckpoints.Anchors anchors = checkpoints.anchors();
        if (anchors.problem() != null) {
            return new AuditChain.Verification(false, 0, head.lastHash(), anchors.problem(), 0, 0);
        }
        return AuditChain.verify(
                entries.all(), entries.seals(), head.lastHash(), Instant.now().minus(SEAL_WITHIN), anchors.verified());
    }

    /**
     * Chains the unsealed entries written since {@code since}, oldest first, up to {@link #SEAL_BATCH}, in a
     * transaction of its own that holds the head's lock; how many it sealed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealPending(Instant since) {
        AuditHead head = entries.lockHead();
        // read after the lock: what another sealer sealed before us is visible now
        List<AuditEntry> pending = entries.unsealed(since, SEAL_BATCH);
        for (AuditEntry e : pending) {
            AuditSeal seal = new AuditSeal(e, head.lastHash());
            entries.seal(seal);
            head.advance(seal.entryHash());
        }
        return pending.size();
    }

    private void sealAfterCommit() {
        if (transactions.getResource(SEAL_REGISTERED) != null) {
            return;
        }
        transactions.putResource(SEAL_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sealer.sealSoon();
                }
            }
        });
    }
}
