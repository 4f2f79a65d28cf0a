package org.tanji.portal.application;

import java.util.List;

/**
 * E-mail to users, the port the workflow's notifications use; implemented on the server's mail session in
 * infrastructure. Mail is a courtesy beside the in-app inbox, which stays the record: it goes only once the
 * transaction that caused it commits, never blocks or undoes that transaction, and is off unless the server is
 * configured to send it.
 */
public interface MailOutbox {
    /** Sends {@code text} to each address separately once the current transaction commits; nothing if it rolls back. */
    void sendAfterCommit(List<String> to, String subject, String text);
}
