package org.iccsp.platform.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs the relay when a transaction that wrote outbox rows commits, and on every tick as a safety
 * net (rows left by a failed batch, by another instance, by a crash). The relay's emitter can only
 * be injected after SmallRye Reactive Messaging has wired its channels (during start-up), while the
 * scheduler may fire earlier; so the relay bean is looked up lazily, and only after start-up.
 */
@ApplicationScoped
public class OutboxRelayTrigger {
    private final Instance<OutboxRelay> relay;
    private final CommitWakeUp wakeUp;
    private volatile boolean started;

    public OutboxRelayTrigger(Instance<OutboxRelay> relay, TransactionSynchronizationRegistry transactions) {
        this.relay = relay;
        this.wakeUp = new CommitWakeUp(transactions, this::tick); // tick() waits for start-up
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) StartupEvent event) {
        started = true; // observed after the messaging extension's own start-up observer
    }

    @Scheduled(identity = "outbox-relay", every = "${iccsp.outbox.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (started) {
            relay.get().drain();
        }
    }

    /** Relays the current transaction's outbox rows right after it commits. */
    void wakeOnCommit() {
        wakeUp.onCommit();
    }
}
