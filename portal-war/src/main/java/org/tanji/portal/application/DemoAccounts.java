package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.PasswordPolicy;
import org.tanji.portal.domain.model.party.Role;
import org.tanji.portal.domain.model.party.UnifiedSocialCreditCode;

/**
 * On the first start (no users yet): a demo exporter; a demo certification body with a verifier, a reviewer and a
 * decision-maker; the admin; and a supervisor at a demo regulator — random passwords written once to the log. Nothing is fixed in the code; the system property
 * {@code tanji.initial-admin-password} (12 characters or more) chooses the admin's for automated set-ups.
 */
@ApplicationScoped
public class DemoAccounts {
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OrganisationService organisations;

    public void createIfNone() {
        if (organisations.userCount() > 0) {
            return;
        }
        StringBuilder banner = new StringBuilder("Demo accounts (shown once; change them for real use):");
        long exporter = organisation("Xiamen Demo Exporter Co., Ltd.", "91350200MA8DEMX01", Organisation.Kind.EXPORTER);
        banner.append(account(exporter, "exporter", Role.EXPORTER));
        // one certification body with the three roles a case needs, held by three different people
        long body = organisation("Demo Certification Body", "12350200MB1DEMC02", Organisation.Kind.CERTIFICATION_BODY);
        banner.append(account(body, "verifier", Role.VERIFIER));
        banner.append(account(body, "reviewer", Role.REVIEWER));
        banner.append(account(body, "decider", Role.DECISION_MAKER));
        long operator = organisation("Tanji Portal Operator", "11350200MB2DEMA03", Organisation.Kind.OPERATOR);
        banner.append(account(operator, "admin", Role.ADMIN));
        long regulator = organisation("Demo Market Regulator", "11350200MB3DEMR04", Organisation.Kind.REGULATOR);
        banner.append(account(regulator, "supervisor", Role.SUPERVISOR));
        LOG.warning(banner::toString);
    }

    private long organisation(String name, String first17, Organisation.Kind kind) {
        return organisations
                .create(
                        Caller.SYSTEM,
                        name,
                        first17 + UnifiedSocialCreditCode.checkCharacter(first17),
                        "Xiamen, Fujian",
                        kind)
                .id();
    }

    private String account(long organisation, String login, Role role) {
        // automated set-ups (tests, provisioning) may choose the first admin's password; people read it from the log
        String chosen = role == Role.ADMIN ? System.getProperty("tanji.initial-admin-password") : null;
        String password =
                chosen != null && PasswordPolicy.STANDARD.problem(chosen).isEmpty() ? chosen : password();
        organisations.addUser(Caller.SYSTEM, organisation, login, "Demo " + login, role, password);
        return "\n  " + role + ": login '" + login + "', password '" + password + "'";
    }

    private static String password() {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            p.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return p.toString();
    }
}
