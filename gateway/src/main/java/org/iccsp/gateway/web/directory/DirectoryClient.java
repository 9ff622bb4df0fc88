package org.iccsp.gateway.web.directory;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
 * The directory-service calls the directory, organisation profile and verification pages make, as the
 * signed-in person (or anonymously). Bodies come back as plain maps and lists, which the Qute templates
 * read directly. A call that returns the {@link Response} (a form's post, a look-up whose 404 the page
 * answers itself) leaves the answer to the page. Its base URL is the proxy's upstream
 * ({@code iccsp.upstream.directory}); a null query parameter is not sent.
 */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    /** One page of the search, with facets and the count of all matches (with facets=true). */
    @GET
    @Path("organizations")
    Map<String, Object> search(@QueryParam("q") String q, @QueryParam("sector") List<String> sectors,
            @QueryParam("country") String country, @QueryParam("type") List<String> types,
            @QueryParam("network") List<String> networks, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("facets") String facets);

    /** An organisation's projects (those the reader may see), a page of at most {@code limit}. */
    @GET
    @Path("organizations/{id}/projects")
    List<Map<String, Object>> projects(@PathParam("id") String id, @QueryParam("limit") Integer limit);

    /** Organisations by verification state (the admins' queue). */
    @GET
    @Path("organizations")
    Map<String, Object> organizations(@QueryParam("verified") Boolean verified, @QueryParam("limit") Integer limit);

    /** Projects the caller may see, whatever the answer (the pledge form's target picker offers none when they cannot be read). */
    @GET
    @Path("projects")
    Response projects(@QueryParam("limit") Integer limit);

    @GET
    @Path("organizations/{id}")
    Map<String, Object> organization(@PathParam("id") String id);

    /** One organisation, whatever the answer (the profile editor registers one the directory does not have). */
    @GET
    @Path("organizations/{id}")
    Response organizationReply(@PathParam("id") String id);

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(Map<String, Object> profile);

    /** Saves a profile as a JSON merge patch (lists replaced whole, emptied fields removed). */
    @PATCH
    @Path("organizations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response edit(@PathParam("id") String id, Map<String, Object> changes);

    /** An admin's review: verify, or reject with a reason. */
    @POST
    @Path("organizations/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    Response review(@PathParam("id") String id, Map<String, Object> review);

    @GET
    @Path("sectors")
    List<Map<String, Object>> sectors();

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("directory", response, call);
    }
}
