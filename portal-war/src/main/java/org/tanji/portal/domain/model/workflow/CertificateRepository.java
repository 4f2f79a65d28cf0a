package org.tanji.portal.domain.model.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tanji.portal.domain.model.access.Visibility;

/** Certificates, their serials and surveillance records; implemented with JPA. */
public interface CertificateRepository {
    /**
     * The next certificate serial, drawn in the caller's transaction: it is used by that transaction or, on
     * rollback, drawn again by the next one (no gaps), and two transactions never draw the same.
     */
    long nextSerial();

    void add(Certificate certificate);

    Optional<Certificate> find(String number);

    Optional<Certificate> ofApplication(long applicationId);

    /** The certificate whose label carries {@code token}. */
    Optional<Certificate> byVerificationToken(String token);

    /** Where the certificate numbered {@code number} stands, read without the rest of it. */
    Optional<CertificateStanding> standing(String number);

    /** Where the certificate whose label carries {@code token} stands, read without the rest of it. */
    Optional<CertificateStanding> standingByToken(String token);

    /**
     * The public register: certificates valid at {@code now} (active, within their validity) whose holder, product
     * or number contains {@code text} (any, when null), newest first.
     */
    List<Certificate> valid(String text, Instant now, int offset, int limit);

    /** How many {@link #valid} finds. */
    long countValid(String text, Instant now);

    /** Certificates the scope sees (as holder or issuing body), newest first. */
    List<Certificate> list(Visibility.Scope scope, int offset, int limit);

    /** Active or suspended certificates whose validity ended before {@code now}. */
    List<Certificate> pastValidity(Instant now, int limit);

    void addSurveillance(Surveillance surveillance);

    /** Stores an issued document. */
    void addDocument(IssuedDocument document);

    /** The newest document of this kind issued for the certificate. */
    Optional<IssuedDocument> latestDocument(Certificate certificate, IssuedDocument.Kind kind);

    /** The issued document with these bytes, by their SHA-256. */
    Optional<IssuedDocument> documentBySha256(String sha256);

    List<Surveillance> surveillances(Certificate certificate);

    void flush();

    /** The present state of each of these certificates, by number (one query, for lists). */
    Map<String, CertificateState> statesOf(Collection<String> numbers);

    /** The newest certificate issued for each of {@code productIds} that has one, by product id. */
    Map<Long, Certificate> latestOfProducts(Collection<Long> productIds);
}
