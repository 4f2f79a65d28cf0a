package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.workflow.ApplicationAction;
import org.tanji.portal.domain.model.workflow.ApplicationLifeCycle;
import org.tanji.portal.domain.model.workflow.ApplicationRepository;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.ServiceLevels;
import org.tanji.portal.domain.model.workflow.WorkflowRole;

/**
 * The cases awaiting the caller: those in a state where it is the caller's role's move and the caller may take a
 * step (the separation of duties leaves out, say, a verifier with a declared conflict of interest), oldest due first,
 * each with the date the scheme's service level gives (system property {@code tanji.service-levels}, see
 * {@link ServiceLevels#parse}).
 */
@ApplicationScoped
public class WorkQueue {
    /** At most this many cases per state are read: a queue longer than that is a backlog to report, not to page. */
    static final int PER_STATE = 500;

    @Inject
    ApplicationRepository applications;

    @Inject
    CertificationService cases;

    private volatile ServiceLevels levels;

    /** A case in the queue: what it is, whose it is, since when it waits and when it is due. */
    public record Entry(
            CertificationApplication application,
            String holder,
            Instant since,
            Optional<Instant> due,
            List<ApplicationAction> yourSteps) {
        public boolean overdue(Instant now) {
            return due.map(now::isAfter).orElse(false);
        }
    }

    /** The scheme's service levels, read once from the configuration. */
    public ServiceLevels serviceLevels() {
        ServiceLevels read = levels;
        if (read == null) {
            read = ServiceLevels.parse(System.getProperty("tanji.service-levels"));
            levels = read;
        }
        return read;
    }

    @Transactional
    public List<Entry> of(Caller caller) {
        WorkflowRole role = WorkflowRole.of(caller.role());
        Visibility.Scope scope = Visibility.scope(caller.viewer());
        List<Entry> queue = new ArrayList<>();
        for (ApplicationState state : ApplicationState.values()) {
            if (ApplicationLifeCycle.awaiting(state).filter(role::equals).isEmpty()) {
                continue;
            }
            for (CertificationApplication a : applications.list(scope, state, 0, PER_STATE)) {
                List<ApplicationAction> steps = cases.stepsOpenTo(caller, a);
                if (steps.stream().anyMatch(s -> s != ApplicationAction.WITHDRAW)) {
                    queue.add(new Entry(
                            a,
                            cases.applicantName(a),
                            a.updatedAt(),
                            serviceLevels().due(state, a.updatedAt()),
                            steps));
                }
            }
        }
        queue.sort(
                Comparator.comparing((Entry e) -> e.due().orElse(Instant.MAX)).thenComparing(Entry::since));
        return queue;
    }
}
