package org.iccsp.platform.messaging;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/** Publishes a probe event through the outbox, as a service's request handler would. */
@Path("/probe")
public class ProbeResource {
    static final String TOPIC = "directory.projects";
    static final String TYPE = EventTopic.eventType("test", "probe", "published");
    static final String ROLLED_BACK_TYPE = EventTopic.eventType("test", "probe", "rolled-back");

    private final Outbox outbox;

    public ProbeResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("{key}")
    @Transactional
    public String publish(@PathParam("key") String key) {
        return outbox.publish(TOPIC, "probe", key, TYPE, Map.of("key", key)).id();
    }

    @POST
    @Path("{key}/rollback")
    @Transactional
    public String publishThenFail(@PathParam("key") String key) {
        outbox.publish(TOPIC, "probe", key, ROLLED_BACK_TYPE, Map.of("key", key));
        throw new IllegalStateException("the business change failed after its event was written");
    }
}
