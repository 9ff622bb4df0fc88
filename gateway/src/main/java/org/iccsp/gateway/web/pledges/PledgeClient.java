package org.iccsp.gateway.web.pledges;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/**
 * The pledge-service calls the pledge, funding and embargo pages make, as the signed-in person. A call
 * that returns a body turns a refusal into its error page ({@link UpstreamProblems#toException}); a call
 * that returns the {@link Response} (a form's post) leaves the answer to the page. Its base URL is the
 * proxy's upstream ({@code iccsp.upstream.pledges}); a null query parameter is not sent. Pledges and
 * embargoes come back as the service shows them (the templates read them whole).
 */
@RegisterRestClient(configKey = "pledges")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PledgeClient {

    @GET
    @Path("pledges")
    List<Map<String, Object>> pledges(@QueryParam("limit") Integer limit, @QueryParam("status") String status);

    @GET
    @Path("pledges/{id}")
    Map<String, Object> pledge(@PathParam("id") String id);

    /** Drafts a pledge; its 201 body is the pledge ({@link org.iccsp.gateway.web.common.Created}). */
    @POST
    @Path("pledges")
    Response draft(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> pledge);

    @PATCH
    @Path("pledges/{id}")
    Response revise(@PathParam("id") String id, Map<String, Object> changes);

    @POST
    @Path("pledges/{id}/transitions")
    Response transition(@PathParam("id") String id, Map<String, Object> transition);

    @GET
    @Path("embargoes")
    List<Map<String, Object>> embargoes();

    /** The embargoes, whatever the answer (a draft is offered none when they cannot be read). */
    @GET
    @Path("embargoes")
    Response embargoList();

    /** One embargo, whatever the answer (a pledge page names it when the reader may see it). */
    @GET
    @Path("embargoes/{id}")
    Response embargoReply(@PathParam("id") String id);

    @POST
    @Path("embargoes")
    Response createEmbargo(Map<String, Object> embargo);

    @POST
    @Path("embargoes/{id}/release")
    Response release(@PathParam("id") String id);

    @GET
    @Path("funding/summary")
    FundingSummary fundingSummary(@QueryParam("groupBy") String groupBy, @QueryParam("currency") String currency);

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("pledges", response, call);
    }
}
