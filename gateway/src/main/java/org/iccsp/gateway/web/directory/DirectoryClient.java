package org.iccsp.gateway.web.directory;

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
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * The directory-service calls the directory pages make, as the signed-in person (or anonymously).
 * Bodies come back as plain maps and lists, which the Qute templates read directly. Its base URL is the
 * proxy's upstream ({@code iccsp.upstream.directory}); a null query parameter is not sent.
 */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    /** One page of the search, with facets. */
    @GET
    @Path("organizations")
    Map<String, Object> search(@QueryParam("q") String q, @QueryParam("sector") List<String> sectors,
            @QueryParam("country") String country, @QueryParam("cursor") String cursor,
            @QueryParam("facets") String facets);

    @GET
    @Path("organizations/{id}")
    Map<String, Object> organization(@PathParam("id") String id);

    @GET
    @Path("sectors")
    List<Map<String, Object>> sectors();

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("directory", response, call);
    }
}
