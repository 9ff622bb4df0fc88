package org.iccsp.events.feed.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.events.feed.domain.FeedTokens;
import org.iccsp.events.feed.persistence.FeedToken;
import org.iccsp.platform.web.CurrentCaller;

/**
 * The signed-in user's calendar links: create one (the secret is in this answer only), list them, revoke
 * one. The feed itself is {@code GET /api/v1/feeds/registrations/{token}.ics}, with no sign-in (calendar
 * applications cannot sign in): whoever holds the link sees the registrations, so it is revocable.
 */
@Path("/api/v1/feeds/registrations/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FeedTokenResource {
    private final FeedTokens tokens;
    private final CurrentCaller caller;

    public FeedTokenResource(FeedTokens tokens, CurrentCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    /** A calendar link; {@code token}, {@code feedUrl} and {@code webcalPath} only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedTokenView(@Schema(required = true) UUID id, @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime revokedAt,
            @Schema(description = "the secret, shown once") String token,
            @Schema(description = "the feed's path (GET, no sign-in)") String feedUrl) {
        static FeedTokenView of(FeedToken t, String secret) {
            return new FeedTokenView(t.id, t.createdAt, t.revokedAt, secret,
                    secret == null ? null : "/api/v1/feeds/registrations/" + secret + ".ics");
        }
    }

    @POST
    @Operation(operationId = "createFeedToken", summary = "Create a personal calendar link to my registrations")
    @APIResponse(responseCode = "201", description = "Created; the token is shown this once",
            headers = @Header(name = "Location", description = "the URL of the calendar link", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedTokenView.class)))
    @APIResponse(responseCode = "409", description = "Too many live calendar links")
    public Response create(@jakarta.ws.rs.core.Context UriInfo uri) {
        FeedTokens.Issued issued = tokens.create(caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.token().id.toString()).build())
                .entity(FeedTokenView.of(issued.token(), issued.secret())).build();
    }

    @GET
    @Operation(operationId = "listFeedTokens", summary = "My live calendar links (at most 50), newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "The calendar links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FeedTokenView.class)))
    public List<FeedTokenView> list() {
        return tokens.of(caller.get()).stream().map(t -> FeedTokenView.of(t, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeFeedToken", summary = "Revoke one of my calendar links: its feed answers 410 from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No calendar link of yours has this id")
    public Response revoke(@PathParam("id") UUID id) {
        tokens.revoke(id, caller.get());
        return Response.noContent().build();
    }
}
