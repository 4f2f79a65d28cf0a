package org.tanji.portal.domain.model.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A certificate's life cycle (research note, section 5, "Certificate and label states") and its number. */
class CertificateStatusTest {
    private static final long BODY = 20;
    private static final Actor DORA = new Actor("dora", WorkflowRole.DECISION_MAKER, BODY);
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);

    private static CertificateStatus active() {
        return CertificateStatus.issued(BODY, ISSUED, CertificateStatus.DEFAULT_VALIDITY_YEARS);
    }

    @Test
    void suspendReinstateRevoke() {
        CertificateStatus suspended = active().suspend(DORA, "label used on another product");
        assertEquals(CertificateState.SUSPENDED, suspended.state());
        assertEquals(CertificateState.ACTIVE, suspended.reinstate(DORA).state());
        CertificateStatus revoked = suspended.revoke(DORA, "fraudulent evidence");
        assertEquals(CertificateState.REVOKED, revoked.state());
        assertEquals("fraudulent evidence", revoked.reason());
        assertEquals(
                WorkflowRule.STATE,
                assertThrows(WorkflowRefusal.class, () -> revoked.reinstate(DORA))
                        .rule(),
                "revocation is final");
        assertThrows(IllegalArgumentException.class, () -> active().revoke(DORA, " "), "a revocation states why");
    }

    @Test
    void onlyTheIssuingBodysDecisionMakerActsAndTheSupervisorOnlyReads() {
        assertEquals(
                WorkflowRule.CERTIFICATION_BODY,
                assertThrows(
                                WorkflowRefusal.class,
                                () -> active().suspend(new Actor("other", WorkflowRole.DECISION_MAKER, 30), "x"))
                        .rule());
        assertEquals(
                WorkflowRule.ROLE,
                assertThrows(
                                WorkflowRefusal.class,
                                () -> active().suspend(new Actor("victor", WorkflowRole.VERIFIER, BODY), "x"))
                        .rule());
        assertEquals(
                WorkflowRule.READ_ONLY,
                assertThrows(
                                WorkflowRefusal.class,
                                () -> active().revoke(new Actor("sam", WorkflowRole.SUPERVISOR, 1), "x"))
                        .rule());
        assertSame(
                CertificateState.ACTIVE,
                active().surveillanceOk(new Actor("victor", WorkflowRole.VERIFIER, BODY))
                        .state());
    }

    @Test
    void itExpiresAfterTwoYearsAndARenewalSupersedesIt() {
        assertEquals(LocalDate.of(2028, 12, 1), active().validUntil());
        assertEquals(
                CertificateState.ACTIVE, active().on(LocalDate.of(2028, 12, 1)).state(), "valid on its last day");
        assertEquals(
                CertificateState.EXPIRED, active().on(LocalDate.of(2028, 12, 2)).state());
        assertEquals(
                CertificateState.EXPIRED,
                active().suspend(DORA, "x").on(LocalDate.of(2029, 1, 1)).state());
        CertificateStatus old = active().supersededBy("TJ-2028-000456-3");
        assertEquals(CertificateState.SUPERSEDED, old.state());
        assertEquals("TJ-2028-000456-3", old.supersededBy());
        assertEquals(false, old.state().valid());
    }

    @Test
    void numbersCarryAnIso7064CheckCharacter() {
        // ISO/IEC 7064 MOD 11-2 as GB 11643-1999 uses it: the standard's example number 11010519491231002X
        assertEquals('X', CertificateNumber.checkCharacter("11010519491231002"));
        CertificateNumber n = new CertificateNumber(2026, 123);
        String printed = n.toString();
        assertEquals("TJ-2026-000123-" + CertificateNumber.checkCharacter("2026000123"), printed);
        assertEquals(n, CertificateNumber.parse(printed.toLowerCase()));
        char wrong = printed.charAt(printed.length() - 1) == '0' ? '1' : '0';
        assertThrows(
                IllegalArgumentException.class,
                () -> CertificateNumber.parse(printed.substring(0, printed.length() - 1) + wrong));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.parse("TJ-2026-123-4"));
    }
}
