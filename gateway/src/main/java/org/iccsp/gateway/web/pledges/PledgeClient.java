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

    /**
     * A page of embargoes, whatever the answer (a draft is offered none when they cannot be read); follow its
     * {@code Link rel=next} with {@link org.iccsp.gateway.web.common.AllPages}.
     */
    @GET
    @Path("embargoes")
    Response embargoList(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    /** One embargo with its ETag (an admin's tag moves when a pledge is sealed under it or leaves it). */
    @GET
    @Path("embargoes/{id}")
    Response embargo(@PathParam("id") String id);

    /** A page of an embargo's pledges (admins): those waiting under it, or once released those it announced. */
    @GET
    @Path("embargoes/{id}/pledges")
    Response embargoPledges(@PathParam("id") String id, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    /** The audit log's lines of an action on a subject (admins): who released an embargo. */
    @GET
    @Path("pledge-audit")
    Response audit(@QueryParam("action") String action, @QueryParam("subject") String subject, @QueryParam("limit") Integer limit);

    /** One embargo, whatever the answer (a pledge page names it when the reader may see it). */
    @GET
    @Path("embargoes/{id}")
    Response embargoReply(@PathParam("id") String id);

    @POST
    @Path("embargoes")
    Response createEmbargo(Map<String, Object> embargo);

    @POST
    @Path("embargoes/{id}/release")
    Response release(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("funding/summary")
    FundingSummary fundingSummary(@QueryParam("groupBy") String groupBy, @QueryParam("currency") String currency,
            @QueryParam("year") Integer year);

    /** The pledges behind one group of the summary (every pledge counted when key is null). */
    @GET
    @Path("funding/pledges")
    FundingBreakdown fundingPledges(@QueryParam("groupBy") String groupBy, @QueryParam("key") String key,
            @QueryParam("currency") String currency, @QueryParam("year") Integer year);

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("pledges", response, call);
    }
}
