package org.tanji.portal.domain.model.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the audit log's hash chain: starting from {@link #GENESIS}, each entry must name the previous entry's hash
 * and hash to its own stored hash, every entry must be on the chain, and the chain must end at the head. A deleted,
 * changed or inserted entry breaks it.
 *
 * <pre>{@code
 * AuditChain.Verification v = AuditChain.verify(entries, head.lastHash());
 * if (!v.intact()) System.out.println(v.problem());
 * }</pre>
 */
public final class AuditChain {
    /** What the first entry names as its previous hash. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /**
     * The outcome: intact, how many entries were checked, the head, the first problem found, and how many entries
     * committed so recently that they await their seal (they are checked once sealed).
     */
    public record Verification(
            boolean intact, int entries, String head, String problem, int awaitingSeal, int checkpoints) {}

    /**
     * A signed checkpoint whose signature was verified: entry {@code entryId} had hash {@code hash} when checkpoint
     * {@code sequence} was signed at {@code signedAt}.
     */
    public record Anchor(long sequence, long entryId, String hash, Instant signedAt) {}

    /** Checks entries that carry their own hashes (formats 1 and 2). */
    public static Verification verify(Collection<AuditEntry> entries, String head) {
        return verify(entries, List.of(), head, Instant.MIN, List.of());
    }

    /**
     * Checks every entry, those of format 3 by their seals. An entry without a seal is awaiting it when written
     * after {@code sealDeadline} and otherwise breaks the chain: every transaction ends, and its entries are
     * sealed, well before then.
     */
    public static Verification verify(
            Collection<AuditEntry> entries,
            Collection<AuditSeal> seals,
            String head,
            Instant sealDeadline,
            List<Anchor> anchors) {
        Map<Long, AuditSeal> sealOf = new HashMap<>();
        seals.forEach(s -> sealOf.put(s.entryId(), s));
        Set<Long> present = new HashSet<>();
        List<Link> links = new ArrayList<>();
        int awaiting = 0;
        for (AuditEntry e : entries) {
            present.add(e.id());
            if (!e.sealedAfterCommit()) {
                links.add(new Link(e.id(), e.previousHash(), e.entryHash(), e.contentHash()));
                continue;
            }
            AuditSeal s = sealOf.get(e.id());
            if (s != null) {
                links.add(new Link(e.id(), s.previousHash(), s.entryHash(), e.hashAfter(s.previousHash())));
            } else if (e.occurredAt().isAfter(sealDeadline)) {
                awaiting++;
            } else {
                return broken(entries.size(), head, "entry " + e.id() + " was never sealed into the chain");
            }
        }
        for (AuditSeal s : seals) {
            if (!present.contains(s.entryId())) {
                return broken(entries.size(), head, "entry " + s.entryId() + " was removed (its seal remains)");
            }
        }
        return walk(links, head, awaiting, anchors);
    }

    /** An entry's place in the chain: the hash it follows, the hash it was given, the hash of its content now. */
    private record Link(Long id, String previous, String hash, String contentHash) {}

    /**
     * Follows the chain from {@link #GENESIS}. Every entry a checkpoint names must still have the hash the checkpoint
     * signed: a chain rewritten and recomputed from some entry on is intact by its own hashes, but not by its
     * checkpoints, and the problem names the last checkpoint that still holds and the first entry after it.
     */
    private static Verification walk(List<Link> links, String head, int awaiting, List<Anchor> anchors) {
        String missing = missingCheckpoint(anchors);
        if (missing != null) {
            return broken(links.size(), head, missing);
        }
        Map<Long, Anchor> anchorOf = new HashMap<>();
        anchors.forEach(a -> anchorOf.put(a.entryId(), a));
        Map<String, Link> byPrevious = new HashMap<>();
        for (Link l : links) {
            if (byPrevious.put(l.previous(), l) != null) {
                return broken(
                        links.size(), head, "two entries follow " + l.previous() + " (one is entry " + l.id() + ")");
            }
        }
        String hash = GENESIS;
        int followed = 0;
        int anchored = 0;
        Anchor lastGood = null;
        Long firstAfterLastGood = null;
        for (Link l = byPrevious.get(hash); l != null; l = byPrevious.get(hash)) {
            if (!l.contentHash().equals(l.hash())) {
                return broken(links.size(), head, "entry " + l.id() + " was changed after it was written");
            }
            if (firstAfterLastGood == null) {
                firstAfterLastGood = l.id();
            }
            Anchor a = anchorOf.get(l.id());
            if (a != null) {
                if (!a.hash().equals(l.hash())) {
                    return broken(
                            links.size(),
                            head,
                            "entry " + l.id() + " no longer has the hash signed in checkpoint " + a.sequence() + " of "
                                    + a.signedAt() + ": the log was rewritten after "
                                    + (lastGood == null
                                            ? "its start"
                                            : "checkpoint " + lastGood.sequence() + " (entry " + lastGood.entryId()
                                                    + ")")
                                    + "; the first entry after it is " + firstAfterLastGood);
                }
                lastGood = a;
                firstAfterLastGood = null;
                anchored++;
            }
            hash = l.hash();
            followed++;
        }
        if (anchored != anchors.size()) {
            return broken(
                    links.size(),
                    head,
                    (anchors.size() - anchored) + " checkpoints name entries that are not on the chain (removed)");
        }
        if (followed != links.size()) {
            return broken(
                    links.size(),
                    head,
                    (links.size() - followed) + " entries are not on the chain from the first one"
                            + " (the chain stops at " + hash + ": an entry after it is missing)");
        }
        if (!hash.equals(head)) {
            return broken(
                    links.size(),
                    head,
                    "the chain ends at " + hash + " but the head says " + head + " (the newest entries are missing)");
        }
        return new Verification(true, links.size(), head, null, awaiting, anchors.size());
    }

    /** Checkpoints are numbered 1, 2, 3 …: a number missing among them is a removed checkpoint. */
    private static String missingCheckpoint(List<Anchor> anchors) {
        long expected = 1;
        for (Anchor a : anchors.stream()
                .sorted(java.util.Comparator.comparingLong(Anchor::sequence))
                .toList()) {
            if (a.sequence() != expected) {
                return "checkpoint " + expected + " is missing (checkpoint " + a.sequence() + " follows "
                        + (expected - 1) + ")";
            }
            expected++;
        }
        return null;
    }

    private static Verification broken(int entries, String head, String problem) {
        return new Verification(false, entries, head, problem, 0, 0);
    }
}
