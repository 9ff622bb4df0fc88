package org.iccsp.platform.messaging;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.iccsp.contracts.EventType;

/** Publishes a probe event through the outbox, as a service's request handler would. */
@Path("/probe")
public class ProbeResource {
    static final String TOPIC = "directory.projects";
    static final EventType<Probe> PUBLISHED = EventType.of(TOPIC, "test", "probe", "published", Probe.class);
    static final EventType<Probe> ROLLED_BACK = EventType.of(TOPIC, "test", "probe", "rolled-back", Probe.class);
    static final String TYPE = PUBLISHED.type();
    static final String ROLLED_BACK_TYPE = ROLLED_BACK.type();

    /** The probe's payload. */
    public record Probe(String key) {
    }

    private final Outbox outbox;

    public ProbeResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("{key}")
    @Transactional
    public String publish(@PathParam("key") String key) {
        return outbox.publish(PUBLISHED, "probe", key, new Probe(key)).id();
    }

    @POST
    @Path("{key}/rollback")
    @Transactional
    public String publishThenFail(@PathParam("key") String key) {
        outbox.publish(ROLLED_BACK, "probe", key, new Probe(key));
        throw new IllegalStateException("the business change failed after its event was written");
    }
}
