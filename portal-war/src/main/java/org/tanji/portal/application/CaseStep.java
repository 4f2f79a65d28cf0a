package org.tanji.portal.application;

import java.time.Instant;
import org.tanji.portal.domain.model.workflow.ApplicationAction;
import org.tanji.portal.domain.model.workflow.CaseMessage;
import org.tanji.portal.domain.model.workflow.VerificationStatement;

/**
 * A step on an application with what it carries: the reason of a return, failure, send-back, rejection, appeal or
 * withdrawal; the text of a clarification request or answer, with what it is about; a new version when the
 * applicant resubmits; the verification statement; a shorter validity chosen by the decision-maker.
 *
 * @param versionNumber the product version a submission or answer certifies instead (null: keep the current one)
 * @param validUntil the end of the certificate's validity when shorter than the scheme's (null: the scheme's)
 */
public record CaseStep(
        ApplicationAction action,
        String reason,
        String text,
        CaseMessage.Topic topic,
        String topicRef,
        Integer versionNumber,
        VerificationStatement statement,
        Instant validUntil) {

    /** A step carrying nothing but, where it needs one, a reason. */
    public static CaseStep of(ApplicationAction action, String reason) {
        return new CaseStep(action, reason, null, null, null, null, null, null);
    }
}
