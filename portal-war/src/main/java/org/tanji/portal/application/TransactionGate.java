package org.tanji.portal.application;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A queue in memory in front of a database row that a transaction locks until it ends (the certificate counter):
 * this server's transactions wait here, one at a time going on to the row, because fifty transactions waiting on
 * one row lock cost the database far more than fifty threads waiting on a semaphore. Entered once per transaction
 * and left when it commits or rolls back; other servers of a cluster still meet at the row lock.
 */
public final class TransactionGate {
    private final Semaphore gate = new Semaphore(1, true);
    private final Object held = new Object();
    private final String name;

    public TransactionGate(String name) {
        this.name = name;
    }

    /** Waits (up to a minute) for the gate and holds it until the current transaction ends. */
    public void enter(TransactionSynchronizationRegistry transactions) {
        if (transactions.getResource(held) != null) {
            return;
        }
        try {
            if (!gate.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " stayed busy for a minute; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
        transactions.putResource(held, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                gate.release();
            }
        });
    }
}
