package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.audit.AuditChain;
import org.tanji.portal.domain.model.audit.AuditCheckpoint;
import org.tanji.portal.domain.model.audit.AuditHead;
import org.tanji.portal.domain.model.audit.AuditRepository;

/**
 * Signed checkpoints of the audit chain's head, taken 30 s after start-up and every {@code tanji.audit.checkpoint-minutes}
 * (60) when the head has moved, with the platform's key, and published in the server log and at
 * {@code /api/public/audit/checkpoints}: a copy kept outside the database is what shows a rewrite even when the
 * rewriter also deleted the newest checkpoints. The chain check ({@link AuditLog#verify()}) holds every entry a
 * checkpoint names to the hash the checkpoint signed.
 */
@ApplicationScoped
public class AuditCheckpoints {
    private static final Logger LOG = Logger.getLogger("org.tanji.portal.audit");
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder DECODE = Base64.getDecoder();

    @Inject
    AuditRepository entries;

    @Inject
    AuditSealer sealer;

    @Inject
    PlatformKey key;

    @Resource
    ManagedScheduledExecutorService scheduler;

    // through the container, so that signHead runs in its own transaction (a call on this would not)
    @Inject
    AuditCheckpoints self;

    private java.util.concurrent.ScheduledFuture<?> schedule;

    void start() {
        long minutes = Math.max(1, Long.getLong("tanji.audit.checkpoint-minutes", 60));
        // the first a little after start-up, so that what the start wrote (demo accounts, expiries) is in it
        schedule = scheduler.scheduleWithFixedDelay(this::takeQuietly, 30, minutes * 60, TimeUnit.SECONDS);
    }

    // a schedule left running after the portal is undeployed would keep the old deployment in memory for good
    @jakarta.annotation.PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void takeQuietly() {
        try {
            take();
        } catch (RuntimeException e) {
            // the next run tries again; the chain is checked without the missing checkpoint meanwhile
            LOG.log(Level.WARNING, "taking an audit checkpoint failed: " + e.getMessage(), e);
        }
    }

    /** Seals what has committed and signs where the head is now, unless the newest checkpoint says so already. */
    public Optional<AuditCheckpoint> take() {
        sealer.sealNow();
        return self.signHead();
    }

    /** Signs the head in a transaction of its own, holding the head's lock so that nothing is sealed meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AuditCheckpoint> signHead() {
        AuditHead head = entries.lockHead();
        String hash = head.lastHash();
        Optional<AuditCheckpoint> latest = entries.latestCheckpoint();
        if (hash.equals(AuditChain.GENESIS)
                || latest.map(c -> c.headHash().equals(hash)).orElse(false)) {
            return Optional.empty();
        }
        long entry = entries.entryHashed(hash)
                .orElseThrow(() -> new IllegalStateException("no audit entry has the head's hash " + hash));
        AuditCheckpoint c =
                new AuditCheckpoint(latest.map(AuditCheckpoint::sequence).orElse(0L) + 1, entry, hash, Instant.now());
        PlatformKey.Signed signed = key.sign(c.statement());
        c.signed(
                signed.algorithm(),
                BASE64.encodeToString(signed.signature()),
                BASE64.encodeToString(signed.certificate()));
        entries.addCheckpoint(c);
        LOG.info(() -> "audit checkpoint " + c.sequence() + ": entry " + c.entryId() + " head " + c.headHash()
                + " signed at " + c.signedAt() + " " + c.algorithm() + " " + c.signature());
        return Optional.of(c);
    }

    /** A page of checkpoints, newest first. */
    @Transactional
    public List<AuditCheckpoint> newest(int page, int size) {
        return entries.checkpoints(page * size, size);
    }

    /** What the chain check holds the chain to. */
    record Anchors(List<AuditChain.Anchor> verified, String problem, int otherKey) {}

    /**
     * The checkpoints whose signatures verify, as anchors; the first checkpoint whose signature does not verify is
     * a problem (someone changed it); one signed by a key the platform no longer has is left out and counted.
     */
    Anchors anchors() {
        List<AuditChain.Anchor> verified = new ArrayList<>();
        int other = 0;
        for (AuditCheckpoint c : entries.checkpoints()) {
            PlatformKey.Check check = key.check(
                    c.statement(),
                    new PlatformKey.Signed(c.algorithm(), DECODE.decode(c.signature()), DECODE.decode(c.signer())));
            switch (check) {
                case VALID ->
                    verified.add(new AuditChain.Anchor(c.sequence(), c.entryId(), c.headHash(), c.signedAt()));
                case OTHER_KEY -> other++;
                case INVALID -> {
                    return new Anchors(
                            verified,
                            "checkpoint " + c.sequence() + "'s signature does not verify: it was changed or forged",
                            other);
                }
            }
        }
        return new Anchors(verified, null, other);
    }
}
