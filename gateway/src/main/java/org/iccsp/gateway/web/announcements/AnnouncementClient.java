package org.iccsp.gateway.web.announcements;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.iccsp.gateway.web.common.ForwardedHeaders;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * The pledge-service calls the announcement pages make, as the person reading them (the service decides what they
 * may know of; the pages then show released announcements only). Same upstream as the pledge pages.
 */
@RegisterRestClient(configKey = "pledges")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AnnouncementClient {

    @GET
    List<Map<String, Object>> list(@QueryParam("limit") Integer limit);

    @GET
    @Path("{id}")
    Map<String, Object> get(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("pledges", response, call);
    }
}
