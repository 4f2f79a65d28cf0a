package org.tanji.portal.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    /** Three entries, each naming the one before, as the audit log writes them. */
    private static List<AuditEntry> chain() {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (String action : List.of("created product", "froze version", "calculated")) {
            AuditEntry e = new AuditEntry("alice", action, "product 7", null, previous);
            entries.add(e);
            previous = e.entryHash();
        }
        return entries;
    }

    private static String head(List<AuditEntry> entries) {
        return entries.get(entries.size() - 1).entryHash();
    }

    @Test
    void anUntouchedChainIsIntactInAnyOrder() {
        List<AuditEntry> entries = chain();
        String head = head(entries);
        java.util.Collections.reverse(entries);
        AuditChain.Verification v = AuditChain.verify(entries, head);
        assertTrue(v.intact(), v.problem());
        assertEquals(3, v.entries());
    }

    @Test
    void aChangedEntryBreaksTheChain() throws Exception {
        List<AuditEntry> entries = chain();
        Field detail = AuditEntry.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(entries.get(1), "edited afterwards");
        AuditChain.Verification v = AuditChain.verify(entries, head(entries));
        assertFalse(v.intact());
        assertTrue(v.problem().contains("was changed after it was written"), v.problem());
    }

    @Test
    void aDeletedEntryBreaksTheChain() {
        List<AuditEntry> entries = chain();
        String head = head(entries);
        entries.remove(1);
        AuditChain.Verification v = AuditChain.verify(entries, head);
        assertFalse(v.intact());
        assertTrue(v.problem().contains("not on the chain"), v.problem());
    }

    @Test
    void missingNewestEntriesShowAgainstTheHead() {
        List<AuditEntry> entries = chain();
        String head = head(entries);
        entries.remove(2);
        AuditChain.Verification v = AuditChain.verify(entries, head);
        assertFalse(v.intact());
        assertTrue(v.problem().contains("the head says"), v.problem());
    }

    @Test
    void anEmptyLogIsIntactAtGenesis() {
        assertTrue(AuditChain.verify(List.of(), AuditChain.GENESIS).intact());
    }

    // entries sealed after commit (format 3): the chain is in their seals

    private static final java.time.Instant NOW = java.time.Instant.now().plusSeconds(60);

    private static AuditEntry unsealed(long id, String action) throws Exception {
        AuditEntry e = AuditEntry.unsealed(AuditEvent.by("alice", "EXPORTER", 7L)
                .did(AuditAction.PRODUCT_CREATED)
                .on("product", action)
                .build());
        Field f = AuditEntry.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(e, id);
        return e;
    }

    /** Seals the three sealed entries of {@link #mixed} in the order 12, 11, 13: commit order, not id order. */
    private static List<AuditSeal> sealed(List<AuditEntry> all) throws Exception {
        List<AuditSeal> seals = new ArrayList<>();
        String previous = all.get(1).entryHash();
        for (long id : new long[] {12, 11, 13}) {
            AuditEntry e = all.stream()
                    .filter(x -> x.id() != null && x.id() == id)
                    .findFirst()
                    .orElseThrow();
            AuditSeal s = new AuditSeal(e, previous);
            seals.add(s);
            previous = s.entryHash();
        }
        return seals;
    }

    private static List<AuditEntry> mixed() throws Exception {
        List<AuditEntry> all = new ArrayList<>(chain().subList(0, 2));
        all.add(unsealed(11, "11"));
        all.add(unsealed(12, "12"));
        all.add(unsealed(13, "13"));
        return all;
    }

    private static String head(List<AuditSeal> seals, int i) {
        return seals.get(i).entryHash();
    }

    @Test
    void sealedEntriesFollowTheOldOnesInTheOrderTheyWereSealed() throws Exception {
        List<AuditEntry> all = mixed();
        List<AuditSeal> seals = sealed(all);
        AuditChain.Verification v = AuditChain.verify(all, seals, head(seals, 2), NOW.minusSeconds(600), List.of());
        assertTrue(v.intact(), v.problem());
        assertEquals(5, v.entries());
        assertEquals(0, v.awaitingSeal());
    }

    @Test
    void aSealedEntryChangedOrRemovedBreaksTheChainByName() throws Exception {
        List<AuditEntry> all = mixed();
        List<AuditSeal> seals = sealed(all);
        Field subject = AuditEntry.class.getDeclaredField("subject");
        subject.setAccessible(true);
        subject.set(all.get(2), "product 99");
        AuditChain.Verification changed = AuditChain.verify(all, seals, head(seals, 2), NOW, List.of());
        assertEquals("entry 11 was changed after it was written", changed.problem());

        List<AuditEntry> without12 = mixed();
        without12.remove(3);
        AuditChain.Verification removed = AuditChain.verify(without12, sealed(mixed()), head(seals, 2), NOW, List.of());
        assertEquals("entry 12 was removed (its seal remains)", removed.problem());
    }

    @Test
    void anUnsealedEntryAwaitsItsSealUntilTheDeadlineThenBreaksTheChain() throws Exception {
        List<AuditEntry> all = mixed();
        List<AuditSeal> seals = sealed(all).subList(0, 2); // 13 committed, not yet sealed
        AuditChain.Verification recent = AuditChain.verify(
                all, seals, head(seals, 1), all.get(4).occurredAt().minusSeconds(1), List.of());
        assertTrue(recent.intact(), recent.problem());
        assertEquals(1, recent.awaitingSeal());
        AuditChain.Verification late = AuditChain.verify(
                all, seals, head(seals, 1), all.get(4).occurredAt().plusSeconds(1), List.of());
        assertFalse(late.intact());
        assertEquals("entry 13 was never sealed into the chain", late.problem());
    }

    // signed checkpoints: someone who can write the database rewrites and recomputes the chain

    /** Five entries, each naming the one before; {@code detail} of the one at {@code rewritten} replaced. */
    private static List<AuditEntry> chainOfFive(int rewritten) throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        Field id = AuditEntry.class.getDeclaredField("id");
        id.setAccessible(true);
        for (int i = 0; i < 5; i++) {
            AuditEvent.Builder event = AuditEvent.by("alice", "EXPORTER", 7L)
                    .did(AuditAction.PRODUCT_CREATED)
                    .on("product", "step " + i);
            if (i == rewritten) {
                event = event.detail("forged");
            }
            // as written: a fixed time, so that the rewriter's chain differs from the original only where it was forged
            AuditEntry e = new AuditEntry(
                    event.build(),
                    previous,
                    Instant.parse("2026-11-30T08:00:00Z").plusSeconds(i));
            id.set(e, 100L + i);
            entries.add(e);
            previous = e.entryHash();
        }
        return entries;
    }

    @Test
    void aRewrittenAndRecomputedChainIsCaughtByItsSignedCheckpoints() throws Exception {
        List<AuditEntry> original = chainOfFive(-1);
        // checkpoints signed when the head was at entries 101 and 103
        List<AuditChain.Anchor> anchors = List.of(
                new AuditChain.Anchor(1, 101, original.get(1).entryHash(), NOW.minusSeconds(7200)),
                new AuditChain.Anchor(2, 103, original.get(3).entryHash(), NOW.minusSeconds(3600)));
        AuditChain.Verification untouched =
                AuditChain.verify(original, List.of(), head(original), Instant.MIN, anchors);
        assertTrue(untouched.intact(), untouched.problem());
        assertEquals(2, untouched.checkpoints());

        // entry 102 rewritten, every later hash and the head recomputed: intact by its own hashes …
        List<AuditEntry> forged = chainOfFive(2);
        assertTrue(AuditChain.verify(forged, head(forged)).intact());
        // … but not by the checkpoint that signed entry 103's hash
        AuditChain.Verification caught = AuditChain.verify(forged, List.of(), head(forged), Instant.MIN, anchors);
        assertFalse(caught.intact());
        assertEquals(
                "entry 103 no longer has the hash signed in checkpoint 2 of "
                        + anchors.get(1).signedAt()
                        + ": the log was rewritten after checkpoint 1 (entry 101); the first entry after it is 102",
                caught.problem());

        // a checkpoint removed from among the others shows
        AuditChain.Verification gap =
                AuditChain.verify(original, List.of(), head(original), Instant.MIN, List.of(anchors.get(1)));
        assertEquals("checkpoint 1 is missing (checkpoint 2 follows 0)", gap.problem());
    }
}
