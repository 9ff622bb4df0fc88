package org.iccsp.events.registration.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.registration.persistence.Registration;
import org.jboss.logging.Logger;

/** Ends offers nobody took in time, so the place moves down the waitlist. */
@ApplicationScoped
public class OfferExpiry {
    private static final Logger LOG = Logger.getLogger(OfferExpiry.class);

    private final Registrar registrar;
    private final Clock clock;

    public OfferExpiry(Registrar registrar, Clock clock) {
        this.registrar = registrar;
        this.clock = clock;
    }

    @Scheduled(identity = "offer-expiry", every = "${events.waitlist.expiry-check:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expireOffers() {
        List<UUID> due = Registration.<Registration>list("status = ?1 and offerExpiresAt <= ?2",
                RegistrationStatus.OFFERED.code(), OffsetDateTime.now(clock)).stream().map(r -> r.id).toList();
        for (UUID id : due) {
            try {
                registrar.expireOffer(id); // one transaction per offer
            } catch (RuntimeException e) {
                LOG.warnf("cannot expire offer %s, will retry: %s", id, e.getMessage());
            }
        }
    }
}
