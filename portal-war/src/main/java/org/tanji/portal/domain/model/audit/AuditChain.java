package org.tanji.portal.domain.model.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /** The outcome: intact, how many entries were checked, and the first problem found. */
    public record Verification(boolean intact, int entries, String head, String problem) {}

    public static Verification verify(Collection<AuditEntry> entries, String head) {
        Map<String, AuditEntry> byPrevious = new HashMap<>();
        for (AuditEntry e : entries) {
            if (byPrevious.put(e.previousHash(), e) != null) {
                return broken(
                        entries, head, "two entries follow " + e.previousHash() + " (one is entry " + e.id() + ")");
            }
        }
        String hash = GENESIS;
        int followed = 0;
        for (AuditEntry e = byPrevious.get(hash); e != null; e = byPrevious.get(hash)) {
            if (!e.contentHash().equals(e.entryHash())) {
                return broken(entries, head, "entry " + e.id() + " was changed after it was written");
            }
            hash = e.entryHash();
            followed++;
        }
        if (followed != entries.size()) {
            return broken(
                    entries,
                    head,
                    (entries.size() - followed) + " entries are not on the chain from the first one"
                            + " (the chain stops at " + hash + ": an entry after it is missing)");
        }
        if (!hash.equals(head)) {
            return broken(
                    entries,
                    head,
                    "the chain ends at " + hash + " but the head says " + head + " (the newest entries are missing)");
        }
        return new Verification(true, entries.size(), head, null);
    }

    private static Verification broken(Collection<AuditEntry> entries, String head, String problem) {
        return new Verification(false, entries.size(), head, problem);
    }
}
