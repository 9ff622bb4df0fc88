package org.iccsp.events.organization.messaging;

import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_DEACTIVATED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_ERASED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REACTIVATED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REGISTERED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REJECTED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_UPDATED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_VERIFIED;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CloudEventCodec;
import org.iccsp.platform.messaging.IdempotentConsumer;
import org.iccsp.platform.messaging.PoisonMessageException;

/**
 * Learns which organisations the directory has verified, so that registering on behalf of one needs
 * no call to directory-service. Events of one organisation share a key, hence a partition and an order.
 * Payloads are read as directory-service-events' records.
 */
@ApplicationScoped
public class DirectoryOrganizationsConsumer {
    static final String CONSUMER = "events-service.directory-organizations";
    private static final Set<String> STATUSES = Set.of("pending", "verified", "rejected");
    /** What an erased organisation is called where its id is still shown (directory-service says the same). */
    static final String ERASED_NAME = "Erased organisation";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final EntityManager em;

    public DirectoryOrganizationsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, EntityManager em) {
        this.consumer = consumer;
        this.codec = codec;
        this.em = em;
    }

    @Incoming("directory-organizations")
    @Blocking
    public void onOrganizationEvent(String record) {
        consumer.consume(CONSUMER, record, this::handle);
    }

    /** What this service keeps of an organisation; {@code legalName} may be absent from older events. */
    private record Known(String id, String legalName, String status) {
    }

    private Known known(CloudEvent event) {
        if (ORGANIZATION_REGISTERED.is(event.type())) {
            var d = codec.data(event, ORGANIZATION_REGISTERED);
            return new Known(d.organizationId(), d.legalName(), d.status());
        } else if (ORGANIZATION_UPDATED.is(event.type())) {
            var d = codec.data(event, ORGANIZATION_UPDATED);
            return new Known(d.organizationId(), d.legalName(), d.status());
        } else if (ORGANIZATION_VERIFIED.is(event.type())) {
            var d = codec.data(event, ORGANIZATION_VERIFIED);
            return new Known(d.organizationId(), d.legalName(), "verified");
        } else if (ORGANIZATION_REJECTED.is(event.type())) {
            var d = codec.data(event, ORGANIZATION_REJECTED);
            return new Known(d.organizationId(), d.legalName(), "rejected");
        }
        return null; // other organisation events do not concern registration
    }

    private void handle(CloudEvent event) {
        if (ORGANIZATION_DEACTIVATED.is(event.type())) {
            var d = codec.data(event, ORGANIZATION_DEACTIVATED);
            upsert(new Known(d.organizationId(), null, d.status()), false, event);
            return;
        } else if (ORGANIZATION_REACTIVATED.is(event.type())) {
            var d = codec.data(event, ORGANIZATION_REACTIVATED);
            upsert(new Known(d.organizationId(), d.legalName(), d.status()), true, event);
            return;
        } else if (ORGANIZATION_ERASED.is(event.type())) {
            // drop the copy of its name: registrations made on its behalf keep the id and show it as erased
            var d = codec.data(event, ORGANIZATION_ERASED);
            if (d.organizationId() == null || d.organizationId().isBlank()) {
                throw new PoisonMessageException(event.type() + " " + event.id() + " lacks organizationId", null);
            }
            em.createNativeQuery("update known_organization set legal_name = ?2, active = false, updated_at = now()"
                    + " where id = ?1").setParameter(1, d.organizationId()).setParameter(2, ERASED_NAME).executeUpdate();
            return;
        }
        Known org = known(event);
        if (org == null) {
            return;
        }
        upsert(org, null, event);
    }

    /** {@code active}: set it (deactivated, reactivated), or null to keep what we know (other events). */
    private void upsert(Known org, Boolean active, CloudEvent event) {
        if (org.id() == null || org.id().isBlank() || org.status() == null || !STATUSES.contains(org.status())) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " lacks organizationId or a known status", null);
        }
        // the verified/rejected events may carry no name: keep the one we have, else the id
        em.createNativeQuery("""
                insert into known_organization (id, legal_name, status, active, updated_at)
                values (?1, ?2, ?3, coalesce(?5, true), now())
                on conflict (id) do update set status = excluded.status, updated_at = now(),
                    legal_name = coalesce(?4, known_organization.legal_name),
                    active = coalesce(?5, known_organization.active)""")
                .setParameter(1, org.id()).setParameter(2, org.legalName() == null ? org.id() : org.legalName())
                .setParameter(3, org.status()).setParameter(4, org.legalName()).setParameter(5, active)
                .executeUpdate();
    }
}
