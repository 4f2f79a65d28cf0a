package org.tanji.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.workflow.Actor;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateNumber;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.CertificateState;
import org.tanji.portal.domain.model.workflow.CertificateStatus;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.Surveillance;
import org.tanji.portal.domain.model.workflow.WorkflowRole;

/**
 * Certificates: issued with an approval, numbered from the gap-free counter, then suspended, reinstated, revoked,
 * surveyed, superseded by a renewal, and expired by {@link CertificateExpiryJob}. {@link CertificateStatus} decides
 * every change; this records it and writes the audit event.
 *
 * <p>The scheme's validity is the system property {@code tanji.certificate.validity}, an ISO-8601 period ({@code P2Y}
 * by default); a decision-maker may choose a shorter one for a certificate, never a longer.
 */
@ApplicationScoped
public class CertificateService {
    /** Issuing takes the counter's row lock until the commit: queue for it here first. */
    private static final TransactionGate NUMBERING = new TransactionGate("certificate numbering");

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CertificateRepository certificates;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<CertificateIssued> issuedEvents;

    /** The scheme's validity of a certificate. */
    public static Period validity() {
        String text = System.getProperty("tanji.certificate.validity", "P2Y");
        try {
            Period p = Period.parse(text);
            if (p.isNegative() || p.isZero()) {
                throw new IllegalStateException("tanji.certificate.validity must be a positive period, not " + text);
            }
            return p;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "tanji.certificate.validity must be an ISO-8601 period such as P2Y, not " + text, e);
        }
    }

    /** Issues the certificate of an approved application, in the approval's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Certificate issue(Caller caller, CertificationApplication a, Instant requestedUntil) {
        Instant now = Instant.now();
        Instant longest = CertificateStatus.validUntil(now, validity());
        if (requestedUntil != null && requestedUntil.isAfter(longest)) {
            throw new InvalidInputException(
                    "validUntil", "a certificate is valid at most " + validity() + ", until " + longest);
        }
        if (requestedUntil != null && !requestedUntil.isAfter(now)) {
            throw new InvalidInputException("validUntil", "a certificate must be valid after its issue (" + now + ")");
        }
        NUMBERING.enter(transactions);
        CertificateNumber number =
                new CertificateNumber(now.atOffset(ZoneOffset.UTC).getYear(), certificates.nextSerial());
        Certificate c = new Certificate(number, a, now, requestedUntil == null ? longest : requestedUntil);
        certificates.add(c);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.CERTIFICATE_ISSUED)
                .on("certificate", c.number())
                .to(c.state().name())
                .detail("application " + a.id() + ", " + c.totalKgCo2e() + " kg CO2e, valid until " + c.validUntil())
                .calculations(List.of(c.snapshotSha256()))
                .build());
        issuedEvents.fire(new CertificateIssued(c.number()));
        if (c.renews() != null) {
            Certificate old = certificates
                    .find(c.renews())
                    .orElseThrow(() -> new IllegalStateException("renewed certificate " + c.renews() + " vanished"));
            CertificateState before = old.state();
            old.become(old.status().supersededBy(c.number()));
            audit.record(AuditLog.by(caller)
                    .did(AuditAction.CERTIFICATE_SUPERSEDED)
                    .on("certificate", old.number())
                    .from(before.name())
                    .to(old.state().name())
                    .detail("by " + c.number())
                    .build());
        }
        return c;
    }

    /** The number of a certificate the caller's organisation holds and may renew (it is active); else 400. */
    @Transactional(Transactional.TxType.MANDATORY)
    String renewable(Caller caller, String number) {
        Certificate c = certificates
                .find(parse(number, "renews"))
                .filter(x -> x.applicantOrganisationId() == caller.organisationId())
                .orElseThrow(() -> new InvalidInputException(
                        "renews", "your organisation holds no certificate " + number.strip()));
        if (c.state() != CertificateState.ACTIVE) {
            throw new InvalidInputException(
                    "renews",
                    "certificate " + c.number() + " is " + c.state()
                            + "; only an active certificate is renewed (apply anew instead)");
        }
        return c.number();
    }

    /** The certificate, if the caller is its holder or issuer or sees everything; else "not found". */
    @Transactional
    public Certificate get(Caller caller, String number) {
        return certificates
                .find(parse(number, "number"))
                .filter(c -> Visibility.maySeeCase(caller.viewer(), c))
                .orElseThrow(() -> new NotVisibleException("no certificate " + number));
    }

    /** The certificate issued on an application the caller already sees. */
    @Transactional
    public java.util.Optional<Certificate> ofApplication(CertificationApplication a) {
        return certificates.ofApplication(a.id());
    }

    @Transactional
    public List<Certificate> list(Caller caller, int page, int size) {
        return certificates.list(Visibility.scope(caller.viewer()), page * size, size);
    }

    @Transactional
    public List<Surveillance> surveillances(Caller caller, String number) {
        return certificates.surveillances(get(caller, number));
    }

    @Transactional
    public Certificate suspend(Caller caller, String number, String reason, Long expectedVersion) {
        Actor actor = actor(caller);
        return change(
                caller,
                number,
                expectedVersion,
                AuditAction.CERTIFICATE_SUSPENDED,
                reason,
                s -> s.suspend(actor, required(reason)));
    }

    @Transactional
    public Certificate reinstate(Caller caller, String number, String reason, Long expectedVersion) {
        Actor actor = actor(caller);
        return change(
                caller, number, expectedVersion, AuditAction.CERTIFICATE_REINSTATED, reason, s -> s.reinstate(actor));
    }

    @Transactional
    public Certificate revoke(Caller caller, String number, String reason, Long expectedVersion) {
        Actor actor = actor(caller);
        return change(
                caller,
                number,
                expectedVersion,
                AuditAction.CERTIFICATE_REVOKED,
                reason,
                s -> s.revoke(actor, required(reason)));
    }

    /** A verifier of the issuing body records a surveillance of an active certificate. */
    @Transactional
    public Surveillance recordSurveillance(Caller caller, String number, Surveillance.Outcome outcome, String note) {
        Certificate c = get(caller, number);
        c.status().recordSurveillance(actor(caller));
        if (outcome == null) {
            throw new InvalidInputException("outcome", "say what the surveillance found: CONFIRMED or NONCONFORMITY");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "a surveillance record says what was checked");
        }
        Surveillance s = new Surveillance(c, outcome, note, caller.login());
        certificates.addSurveillance(s);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.SURVEILLANCE_RECORDED)
                .on("certificate", c.number())
                .detail(outcome + ": " + s.note())
                .build());
        return s;
    }

    /** Expires the certificates whose validity ended before {@code now}; returns how many. */
    @Transactional
    public int expire(Instant now) {
        List<Certificate> due = certificates.pastValidity(now, 500);
        for (Certificate c : due) {
            CertificateState before = c.state();
            c.become(c.status().on(now));
            audit.record(AuditLog.by(Caller.SYSTEM)
                    .did(AuditAction.CERTIFICATE_EXPIRED)
                    .on("certificate", c.number())
                    .from(before.name())
                    .to(c.state().name())
                    .detail("valid until " + c.validUntil())
                    .build());
        }
        return due.size();
    }

    private Certificate change(
            Caller caller,
            String number,
            Long expectedVersion,
            AuditAction action,
            String reason,
            UnaryOperator<CertificateStatus> move) {
        Certificate c = get(caller, number);
        if (expectedVersion != null && expectedVersion != c.version()) {
            throw new StaleVersionException("certificate " + c.number() + " is at version " + c.version() + ", you saw "
                    + expectedVersion + ": reload it before acting");
        }
        CertificateState before = c.state();
        c.become(move.apply(c.status()));
        certificates.flush();
        audit.record(AuditLog.by(caller)
                .did(action)
                .on("certificate", c.number())
                .from(before.name())
                .to(c.state().name())
                .reason(reason == null || reason.isBlank() ? null : reason.strip())
                .build());
        return c;
    }

    private static Actor actor(Caller caller) {
        return new Actor(caller.login(), WorkflowRole.of(caller.role()), caller.organisationId());
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a suspension or revocation states its reason");
        }
        return reason;
    }

    private static String parse(String number, String field) {
        try {
            return CertificateNumber.parse(number == null ? "" : number).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
