package org.tanji.portal.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
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
}
