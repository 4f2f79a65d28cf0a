package org.tanji.portal.domain.model.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tanji.portal.domain.model.access.Visibility;

/** Applications, the snapshot each submission froze, and the messages of a case; implemented with JPA. */
public interface ApplicationRepository {
    void add(CertificationApplication application);

    Optional<CertificationApplication> find(long id);

    /** Applications the scope sees (as applicant or as the body applied to), newest first, optionally in a state. */
    List<CertificationApplication> list(Visibility.Scope scope, ApplicationState state, int offset, int limit);

    long count(Visibility.Scope scope, ApplicationState state);

    /** Keeps the snapshot text the application's current round froze. */
    void addSnapshot(CertificationApplication application, String snapshot);

    /** The snapshot text of a round, if there was one. */
    Optional<String> snapshot(long applicationId, int round);

    void addMessage(CaseMessage message);

    /** The messages of a case, oldest first. */
    List<CaseMessage> messages(long applicationId);

    /** The organisations {@code login} declared a conflict of interest with. */
    Set<Long> conflictsOfInterest(String login);

    void declareConflict(String login, long organisationId);

    /** Writes pending changes now, so that a lost race shows here as an optimistic-lock failure. */
    void flush();

    /** The newest application for each of {@code productIds} that has one, by product id. */
    Map<Long, CertificationApplication> latestOfProducts(Collection<Long> productIds);
}
