package org.iccsp.events.organization.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.IdempotentConsumer;
import org.iccsp.platform.messaging.PoisonMessageException;

/**
 * Learns which organisations the directory has verified, so that registering on behalf of one needs
 * no call to directory-service. Events of one organisation share a key, hence a partition and an order.
 */
@ApplicationScoped
public class DirectoryOrganizationsConsumer {
    static final String CONSUMER = "events-service.directory-organizations";
    static final String REGISTERED = "org.iccsp.directory.organization.registered.v1";
    static final String VERIFIED = "org.iccsp.directory.organization.verified.v1";
    static final String REJECTED = "org.iccsp.directory.organization.rejected.v1";
    static final String UPDATED = "org.iccsp.directory.organization.updated.v1";
    private static final Set<String> STATUSES = Set.of("pending", "verified", "rejected");

    private final IdempotentConsumer consumer;
    private final EntityManager em;

    public DirectoryOrganizationsConsumer(IdempotentConsumer consumer, EntityManager em) {
        this.consumer = consumer;
        this.em = em;
    }

    @Incoming("directory-organizations")
    @Blocking
    public void onOrganizationEvent(String record) {
        consumer.consume(CONSUMER, record, this::handle);
    }

    private void handle(CloudEvent event) {
        String status = switch (event.type()) {
            case REGISTERED, UPDATED -> event.data() == null ? null : event.data().path("status").asText(null);
            case VERIFIED -> "verified";
            case REJECTED -> "rejected";
            default -> null;
        };
        if (status == null && !REGISTERED.equals(event.type()) && !UPDATED.equals(event.type())) {
            return; // other organisation events do not concern registration
        }
        JsonNode data = event.data();
        String id = data == null ? null : data.path("organizationId").asText(null);
        if (id == null || id.isBlank() || status == null || !STATUSES.contains(status)) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " lacks organizationId or a known status", null);
        }
        // the verified/rejected events may carry no name: keep the one we have, else the id
        em.createNativeQuery("""
                insert into known_organization (id, legal_name, status, updated_at) values (?1, ?2, ?3, now())
                on conflict (id) do update set status = excluded.status, updated_at = now(),
                    legal_name = coalesce(?4, known_organization.legal_name)""")
                .setParameter(1, id).setParameter(2, data.path("legalName").asText(id))
                .setParameter(3, status).setParameter(4, data.path("legalName").asText(null))
                .executeUpdate();
    }
}
