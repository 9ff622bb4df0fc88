package org.iccsp.platform.observability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Logs one line per request, as a service's handler would, and tells what the MDC held. */
@Path("/echo")
public class EchoResource {
    private static final Logger LOG = Logger.getLogger(EchoResource.class);

    @GET
    public String echo(@QueryParam("say") String say) {
        LOG.infof("echo %s", say);
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        return requestId == null ? "" : requestId.toString();
    }

    /** A path with an id, as the services' resources have. */
    @GET
    @Path("{id}/letter")
    public String one(@PathParam("id") String id, @QueryParam("token") String token) {
        return "";
    }
}
