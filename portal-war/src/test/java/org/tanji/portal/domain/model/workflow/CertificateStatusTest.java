package org.tanji.portal.domain.model.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** A certificate's life cycle (research note, section 5, "Certificate and label states") and its number. */
class CertificateStatusTest {
    private static final long BODY = 20;
    private static final Actor DORA = new Actor("dora", WorkflowRole.DECISION_MAKER, BODY);
    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    private static CertificateStatus active() {
        return CertificateStatus.issued(
                BODY, ISSUED, CertificateStatus.validUntil(ISSUED, CertificateStatus.DEFAULT_VALIDITY));
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
                active().recordSurveillance(new Actor("victor", WorkflowRole.VERIFIER, BODY))
                        .state());
    }

    @Test
    void theSchemeAdministratorMaySuspendAndReinstateButNotRevoke() {
        Actor admin = new Actor("ada", WorkflowRole.SCHEME_ADMIN, 1);
        CertificateStatus suspended = active().suspend(admin, "regulator's order 2026-17");
        assertEquals(CertificateState.SUSPENDED, suspended.state());
        assertEquals("regulator's order 2026-17", suspended.reason());
        assertEquals(CertificateState.ACTIVE, suspended.reinstate(admin).state());
        assertEquals(
                WorkflowRule.ROLE,
                assertThrows(WorkflowRefusal.class, () -> active().revoke(admin, "x"))
                        .rule(),
                "revoking is the issuing body's decision");
    }

    @Test
    void itExpiresAfterTwoYearsAndARenewalSupersedesIt() {
        assertEquals(Instant.parse("2028-12-01T08:00:00Z"), active().validUntil());
        assertEquals(
                CertificateState.ACTIVE,
                active().on(Instant.parse("2028-12-01T08:00:00Z")).state(),
                "valid to its last instant");
        assertEquals(
                CertificateState.EXPIRED,
                active().on(Instant.parse("2028-12-01T08:00:01Z")).state());
        assertEquals(
                CertificateState.EXPIRED,
                active().suspend(DORA, "x")
                        .on(Instant.parse("2029-01-01T00:00:00Z"))
                        .state());
        assertEquals(
                Instant.parse("2028-02-29T00:00:00Z"),
                CertificateStatus.validUntil(
                        Instant.parse("2027-02-28T00:00:00Z"), Period.ofYears(1).plusDays(1)));
        assertThrows(
                IllegalArgumentException.class, () -> CertificateStatus.issued(BODY, ISSUED, ISSUED), "empty validity");
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
