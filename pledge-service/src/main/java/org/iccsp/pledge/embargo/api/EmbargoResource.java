package org.iccsp.pledge.embargo.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.iccsp.pledge.embargo.domain.EmbargoDesk;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.pledge.pledge.api.PledgeView;
import org.iccsp.pledge.pledge.domain.PledgeBook;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/embargoes")
@Produces(MediaType.APPLICATION_JSON)
public class EmbargoResource {
    private final EmbargoDesk desk;
    private final CurrentCaller caller;

    public EmbargoResource(EmbargoDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EmbargoView.class)))
    public Response create(@Valid @NotNull CreateEmbargo request, UriInfo uri) {
        Embargo e = desk.create(request.name(), request.releaseAt(), caller.get().subject());
        return EntityTags.tagged(Response.created(uri.getAbsolutePathBuilder().path(e.id).build())
                .entity(EmbargoView.of(e, 0L)), EmbargoDesk.tag(e, 0L)).build();
    }

    private static final String LIST = "embargoes";

    /**
     * Governments list embargoes to submit under one; only admins see how many pledges each seals. Newest first,
     * a page at a time ({@code Link: <…>; rel="next"}).
     */
    @GET
    @RolesAllowed({Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<List<EmbargoView>> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        boolean admin = caller.get().isAdmin();
        List<Embargo> rows = desk.page(limit, position(Cursor.decode(cursor, LIST, 2)));
        return Pages.of(rows, limit, e -> Cursor.of(LIST, e.createdAt.toInstant().toString(), e.id),
                e -> EmbargoView.of(e, admin ? EmbargoDesk.sealedPledges(e.id) : null), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<EmbargoView> get(@PathParam("id") String id) {
        Embargo e = desk.get(id);
        Long sealed = caller.get().isAdmin() ? EmbargoDesk.sealedPledges(e.id) : null;
        return EntityTags.ok(EmbargoView.of(e, sealed), EmbargoDesk.tag(e, sealed));
    }

    private static final String PLEDGES = "embargo-pledges";

    /**
     * The embargo's pledges, for admins only (a sealed pledge is known to its own government and admins only; the
     * list of a released one is what an admin reviews): while it is sealed, those a release would announce; once
     * released, those it announced. Newest first, a page at a time ({@code Link: <…>; rel="next"}).
     */
    @GET
    @Path("{id}/pledges")
    @RolesAllowed(Caller.ADMIN)
    public RestResponse<List<PledgeView>> pledges(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Embargo e = desk.get(id);
        Cursor after = Cursor.decode(cursor, PLEDGES, 2);
        PledgeBook.Position position = null;
        if (after != null) {
            try {
                position = new PledgeBook.Position(OffsetDateTime.ofInstant(Instant.parse(after.part(0)), ZoneOffset.UTC),
                        after.part(1));
            } catch (DateTimeParseException invalid) {
                throw Cursor.invalid();
            }
        }
        return Pages.of(desk.pledges(e, limit, position), limit,
                p -> Cursor.of(PLEDGES, p.createdAt.toInstant().toString(), p.id), p -> PledgeView.of(p).forReader(caller.get()), uri);
    }

    /**
     * Fires the embargo's trigger: every pledge sealed under it is announced at once. {@code If-Match} (optional):
     * the ETag of the admin's view of it; 412 when pledges were sealed or withdrawn under it since.
     */
    @POST
    @Path("{id}/release")
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "200", description = "What the release announced; ETag: the embargo's new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the admin's current view of the embargo: nothing released")
    public RestResponse<ReleaseView> release(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        EmbargoDesk.Release release = desk.release(id, AuditActor.of(caller.get()), ifMatch);
        return EntityTags.ok(new ReleaseView(EmbargoView.of(release.embargo(), 0L), release.announcedPledges()),
                EmbargoDesk.tag(release.embargo(), 0L));
    }

    private static EmbargoDesk.Position position(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return new EmbargoDesk.Position(OffsetDateTime.ofInstant(Instant.parse(cursor.part(0)), ZoneOffset.UTC),
                    cursor.part(1));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }
}
