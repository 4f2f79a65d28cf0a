package org.tanji.portal.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tanji.portal.application.MailOutbox;

/**
 * Sends through the server's mail session {@code java:jboss/mail/tanji} (SMTP host and port from
 * {@code tanji.mail.host} / {@code tanji.mail.port}, sender {@code tanji.mail.from}) when the system property
 * {@code tanji.mail.enabled} is {@code true}; off by default, since a portal that mails nobody's server is better
 * than one that mails the wrong one. Sending happens on a managed thread after the commit: a slow or absent mail
 * server costs the user nothing, and a failure is logged, not retried.
 */
@ApplicationScoped
public class SessionMailOutbox implements MailOutbox {
    private static final Logger LOG = Logger.getLogger(SessionMailOutbox.class.getName());

    @Resource(lookup = "java:jboss/mail/tanji")
    Session session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    static boolean enabled() {
        return Boolean.getBoolean("tanji.mail.enabled");
    }

    @Override
    public void sendAfterCommit(List<String> to, String subject, String text) {
        if (!enabled() || to.isEmpty()) {
            return;
        }
        List<String> recipients = List.copyOf(to);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> recipients.forEach(r -> send(r, subject, text)));
                }
            }
        });
    }

    private void send(String to, String subject, String text) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(); // the session's mail.from: tanji.mail.from
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(subject, "UTF-8");
            m.setText(text, "UTF-8");
            Transport.send(m);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, e, () -> "could not e-mail " + to + " (" + subject + "): " + e.getMessage());
        }
    }
}
