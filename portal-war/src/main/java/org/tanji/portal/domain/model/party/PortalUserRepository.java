package org.tanji.portal.domain.model.party;

import java.util.List;
import java.util.Optional;

/** The portal's users; implemented with JPA in infrastructure. */
public interface PortalUserRepository {
    Optional<PortalUser> byLogin(String login);

    Optional<PortalUser> find(long organisationId, String login);

    List<PortalUser> of(long organisationId);

    /** The enabled users of an organisation holding {@code role}. */
    List<PortalUser> holding(long organisationId, Role role);

    long count();

    /** Stores a new user. */
    void add(PortalUser user);

    /** The user whose e-mail address is {@code email} (compared without case), if exactly one has it. */
    Optional<PortalUser> byEmail(String email);

    void addReset(PasswordReset reset);

    /** How many resets {@code login} asked for since {@code since}. */
    long resetsSince(String login, java.time.Instant since);

    /** The reset whose code hashes to {@code codeSha256}, locked until the transaction ends (a code works once). */
    Optional<PasswordReset> resetByCode(String codeSha256);

    /** Writes pending changes now. */
    void flush();
}
