package org.iccsp.platform.messaging;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs a poller's work right after a transaction that gave it work commits, instead of at its next
 * tick. Wake-ups that arrive while the work runs are coalesced into one more run, so a burst of
 * commits costs a few runs, not one each. The work must be safe beside the poller's own tick
 * (a lock or {@code FOR UPDATE SKIP LOCKED}); the tick stays as the safety net.
 */
public final class CommitWakeUp {
    private static final Logger LOG = Logger.getLogger(CommitWakeUp.class);
    private final Object key = new Object();
    private final TransactionSynchronizationRegistry transactions;
    private final Runnable work;
    private final AtomicInteger wakeUps = new AtomicInteger();

    public CommitWakeUp(TransactionSynchronizationRegistry transactions, Runnable work) {
        this.transactions = transactions;
        this.work = work;
    }

    /** Wakes the work once the current transaction commits (once per transaction, however often called). */
    public void onCommit() {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        AfterCommit.run(transactions, this::wake);
    }

    private void wake() {
        if (wakeUps.getAndIncrement() == 0) {
            Infrastructure.getDefaultWorkerPool().execute(this::runWhileWoken);
        }
    }

    /** Runs until no wake-up arrived during the last run. */
    private void runWhileWoken() {
        int seen;
        do {
            seen = wakeUps.get();
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warnf("work after a commit failed, the next tick retries: %s", e.getMessage());
            }
        } while (!wakeUps.compareAndSet(seen, 0));
    }
}
