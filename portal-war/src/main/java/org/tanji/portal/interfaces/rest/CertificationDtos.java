package org.tanji.portal.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.CaseStep;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.domain.model.workflow.ApplicationAction;
import org.tanji.portal.domain.model.workflow.ApplicationLifeCycle;
import org.tanji.portal.domain.model.workflow.CaseMessage;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.Surveillance;
import org.tanji.portal.domain.model.workflow.VerificationStatement;
import org.tanji.portal.domain.model.workflow.WorkflowRole;
import org.tanji.portal.domain.model.workflow.WorkflowRule;

/** Request and response bodies of the certification API. */
final class CertificationDtos {
    private CertificationDtos() {}

    /** Apply for certification of a calculated product version; {@code renews} names the certificate renewed. */
    record ApplicationRequest(
            @NotNull Long productId,
            @NotNull Integer versionNumber,
            @NotNull Long certificationBodyId,
            String renews) {}

    /** A verification statement as sent. */
    record StatementRequest(
            @NotNull VerificationStatement.Assurance assurance,
            @NotBlank @Size(max = 1000) String criteria,
            @NotNull @Positive @DecimalMax("100") Double materialityPercent,
            @NotNull VerificationStatement.Opinion opinion,
            @NotBlank @Size(max = 4000) String text) {
        VerificationStatement statement() {
            if (opinion == VerificationStatement.Opinion.ADVERSE) {
                // the one rule Bean Validation cannot say: the domain's words for it
                throw new InvalidInputException(
                        "statement.opinion",
                        "an adverse opinion fails the verification: take the FAIL step with the reason instead");
            }
            return new VerificationStatement(assurance, criteria, materialityPercent, opinion, text);
        }
    }

    /** A step on an application: the action and what it carries (see {@link CaseStep}). */
    record StepRequest(
            @NotNull ApplicationAction action,
            @Size(max = 2000) String reason,
            @Size(max = 4000) String text,
            CaseMessage.Topic topic,
            @Size(max = 300) String topicRef,
            Integer versionNumber,
            @Valid StatementRequest statement,
            Instant validUntil) {
        CaseStep step() {
            return new CaseStep(
                    action,
                    reason,
                    text,
                    topic,
                    topicRef,
                    versionNumber,
                    statement == null ? null : statement.statement(),
                    validUntil);
        }
    }

    record MessageRequest(
            CaseMessage.Topic topic,
            @Size(max = 300) String topicRef,
            @NotBlank @Size(max = 4000) String text) {}

    record StatementDto(
            VerificationStatement.Assurance assurance,
            String criteria,
            double materialityPercent,
            VerificationStatement.Opinion opinion,
            String text,
            String issuedBy,
            Instant issuedAt) {}

    /**
     * An application as its parties see it, with whose move it is ({@code awaiting}) and the steps the caller may
     * take now ({@code yourSteps}).
     */
    record ApplicationDto(
            long id,
            String state,
            long applicantOrganisationId,
            String applicantName,
            long certificationBodyId,
            long productId,
            String productName,
            int versionNumber,
            long calculationId,
            double totalKgCo2e,
            String gwpSet,
            int round,
            String snapshotSha256,
            String renews,
            StatementDto statement,
            String decidedBy,
            String decisionReason,
            Instant decidedAt,
            String certificateNumber,
            WorkflowRole awaiting,
            List<ApplicationAction> yourSteps,
            WorkflowRule keptOffBy,
            long version,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {
        static ApplicationDto of(
                CertificationApplication a,
                String applicant,
                String certificate,
                List<ApplicationAction> steps,
                WorkflowRule keptOffBy) {
            StatementDto s = a.statement()
                    .map(v -> new StatementDto(
                            v.assurance(),
                            v.criteria(),
                            v.materialityPercent(),
                            v.opinion(),
                            v.text(),
                            a.statementBy(),
                            a.statementAt()))
                    .orElse(null);
            return new ApplicationDto(
                    a.id(),
                    a.state().name(),
                    a.applicantOrganisationId(),
                    applicant,
                    a.certificationBodyId(),
                    a.productVersion().product().id(),
                    a.productVersion().product().name(),
                    a.productVersion().number(),
                    a.calculation().id(),
                    a.calculation().totalKgCo2e(),
                    a.calculation().gwpSet(),
                    a.round(),
                    a.snapshotSha256(),
                    a.renewsCertificate(),
                    s,
                    a.decidedBy(),
                    a.decisionReason(),
                    a.decidedAt(),
                    certificate,
                    ApplicationLifeCycle.awaiting(a.state()).orElse(null),
                    steps,
                    keptOffBy,
                    a.version(),
                    a.createdBy(),
                    a.createdAt(),
                    a.updatedAt());
        }
    }

    record ApplicationPage(List<ApplicationDto> items, int page, int size, long total) {}

    record MessageDto(
            long id,
            int round,
            String author,
            WorkflowRole authorRole,
            CaseMessage.Topic topic,
            String topicRef,
            String text,
            Instant createdAt) {
        static MessageDto of(CaseMessage m) {
            return new MessageDto(
                    m.id(), m.round(), m.author(), m.authorRole(), m.topic(), m.topicRef(), m.text(), m.createdAt());
        }
    }

    /** A certificate: what it certifies and where it stands. */
    record CertificateDto(
            String number,
            String state,
            long applicationId,
            long holderOrganisationId,
            String holderName,
            long issuingBodyId,
            long productId,
            String productName,
            int versionNumber,
            double totalKgCo2e,
            String gwpSet,
            String snapshotSha256,
            Instant issuedAt,
            Instant validUntil,
            String reason,
            String renews,
            String supersededBy,
            long version) {
        static CertificateDto of(Certificate c, String holderName) {
            CertificationApplication a = c.application();
            return new CertificateDto(
                    c.number(),
                    c.state().name(),
                    a.id(),
                    c.applicantOrganisationId(),
                    holderName,
                    c.certificationBodyId(),
                    a.productVersion().product().id(),
                    a.productVersion().product().name(),
                    a.productVersion().number(),
                    c.totalKgCo2e(),
                    a.calculation().gwpSet(),
                    c.snapshotSha256(),
                    c.issuedAt(),
                    c.validUntil(),
                    c.reason(),
                    c.renews(),
                    c.supersededBy(),
                    c.version());
        }
    }

    /** A change of a certificate's status. */
    record CertificateStepRequest(
            @NotNull CertificateStep action,
            @Size(max = 2000) String reason) {}

    enum CertificateStep {
        SUSPEND,
        REINSTATE,
        REVOKE
    }

    record SurveillanceRequest(
            @NotNull Surveillance.Outcome outcome,
            @NotBlank @Size(max = 4000) String note) {}

    record SurveillanceDto(long id, Surveillance.Outcome outcome, String note, String recordedBy, Instant recordedAt) {
        static SurveillanceDto of(Surveillance s) {
            return new SurveillanceDto(s.id(), s.outcome(), s.note(), s.recordedBy(), s.recordedAt());
        }
    }
}
