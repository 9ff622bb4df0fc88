package org.iccsp.gateway.session;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs this replica's {@link RevocationFeed} from start to shutdown: what {@link RevokedSessions} ends is sent
 * to the other replicas, and what they end is recorded here. Off with
 * {@code iccsp.gateway.revocations.enabled=false} (the module tests) or without {@code kafka.bootstrap.servers}
 * (then sign-outs hold on the replica that served them only, as the log says).
 */
@ApplicationScoped
public class SessionRevocations {
    private static final Logger LOG = Logger.getLogger(SessionRevocations.class);

    private final RevokedSessions revoked;
    private final Map<String, Object> kafka;
    private final boolean enabled;
    private final String replica;
    private RevocationFeed feed;

    public SessionRevocations(RevokedSessions revoked, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "iccsp.gateway.revocations.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "HOSTNAME") Optional<String> hostname) {
        this.revoked = revoked;
        this.kafka = kafka;
        this.enabled = enabled;
        this.replica = hostname.orElseGet(() -> UUID.randomUUID().toString().substring(0, 8));
    }

    void start(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        if (!kafka.containsKey("bootstrap.servers")) {
            LOG.warn("no kafka.bootstrap.servers: a sign-out is refused by this replica only (docs/adr/0010)");
            return;
        }
        feed = new RevocationFeed(kafka, RevocationFeed.TOPIC, replica, Clock.systemUTC(), revoked::record).start();
        revoked.announceWith(feed::publish);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (feed != null) {
            feed.close();
        }
    }
}
