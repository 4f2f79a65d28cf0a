package org.tanji.portal.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoding every typed audit entry is hashed in: fixed here, so an accidental change fails. */
class AuditEventTest {
    private static final AuditEvent FROZEN = AuditEvent.by("alice", "EXPORTER", 1001L)
            .did(AuditAction.VERSION_FROZEN)
            .on("product", 7)
            .detail("version 2 \"final\"")
            .documents(List.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
            .build();
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00.123456Z");

    @Test
    void theCanonicalEncodingIsSortedCompactJsonWithItsFormatInside() {
        assertEquals(
                "{\"action\":\"VERSION_FROZEN\",\"actor\":\"alice\",\"actorOrganisation\":1001,"
                        + "\"actorRole\":\"EXPORTER\",\"detail\":\"version 2 \\\"final\\\"\",\"documentSha256\":"
                        + "[\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"],\"format\":2,"
                        + "\"subjectId\":\"7\",\"subjectType\":\"product\"}",
                FROZEN.canonical());
    }

    @Test
    void aGoldenEntryKeepsItsHash() {
        AuditEntry e = new AuditEntry(FROZEN, AuditChain.GENESIS, AT);
        // SHA-256 of GENESIS|2026-12-01T12:00:00.123456Z|<canonical>|alice|froze version|product 7|version 2 "final",
        // as `printf '%s' … | sha256sum` gives it
        assertEquals("f2360ce45572e3d1d81c6f3882efbb11a1e366dfea6a32d22e2cff12708f9cbc", e.entryHash());
        assertEquals(2, e.format());
        assertEquals("froze version", e.action());
        assertEquals("product 7", e.subject());
    }

    @Test
    void entriesOfBothFormatsVerifyOnOneChainAndAChangedEventBreaksIt() throws Exception {
        AuditEntry old = new AuditEntry("alice", "created product", "product 7", "Battery", AuditChain.GENESIS);
        AuditEntry typed = new AuditEntry(FROZEN, old.entryHash());
        AuditChain.Verification v = AuditChain.verify(List.of(typed, old), typed.entryHash());
        assertTrue(v.intact(), v.problem());
        Field event = AuditEntry.class.getDeclaredField("event");
        event.setAccessible(true);
        event.set(typed, FROZEN.canonical().replace("alice", "mallory"));
        assertFalse(AuditChain.verify(List.of(typed, old), typed.entryHash()).intact());
    }
}
