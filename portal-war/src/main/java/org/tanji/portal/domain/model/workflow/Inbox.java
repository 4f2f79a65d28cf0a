package org.tanji.portal.domain.model.workflow;

import java.util.List;
import org.tanji.portal.domain.model.party.Role;

/** The in-app inbox: notifications addressed to a role in an organisation, read marks per user. */
public interface Inbox {
    void add(Notification notification);

    /** What awaits {@code login} (holding {@code role} in {@code organisationId}), newest first. */
    List<Entry> of(long organisationId, Role role, String login, boolean unreadOnly, int offset, int limit);

    /** Marks a notification read for {@code login}; false when it is not addressed to the user. */
    boolean markRead(long notificationId, long organisationId, Role role, String login);

    /** A notification as one user sees it. */
    record Entry(Notification notification, boolean read) {}
}
