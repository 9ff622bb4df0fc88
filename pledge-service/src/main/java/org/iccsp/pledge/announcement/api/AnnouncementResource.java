package org.iccsp.pledge.announcement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.pledge.announcement.domain.AnnouncementCommands;
import org.iccsp.pledge.announcement.domain.AnnouncementDesk;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Announcements: admins prepare, approve (two different admins) and release them; before release only admins and,
 * each for its own part, the governments in one know of it (404 for anyone else); once released, anyone reads it.
 */
@Path("/api/v1/announcements")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementResource {
    private static final String LIST = "announcements";

    private final AnnouncementDesk desk;
    private final AnnouncementViews views;
    private final CurrentCaller caller;

    public AnnouncementResource(AnnouncementDesk desk, AnnouncementViews views, CurrentCaller caller) {
        this.desk = desk;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "201", description = "Created (a draft); Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnouncementView.class)))
    public Response create(@Valid @NotNull CreateAnnouncement request, @Context UriInfo uri) {
        Announcement a = desk.create(new AnnouncementCommands.Content(request.texts().toCommand(),
                request.authoritativeLanguage(), request.releaseAt(), request.trigger(), request.embargoIds(),
                request.memberCodes()), AuditActor.of(caller.get()));
        return EntityTags.tagged(Response.created(uri.getAbsolutePathBuilder().path(a.id).build())
                .entity(views.of(caller.get(), a)), AnnouncementDesk.tag(a)).build();
    }

    /** The announcements the caller may know of, newest first, a page at a time ({@code Link: <…>; rel="next"}). */
    @GET
    public RestResponse<List<AnnouncementView>> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Caller who = caller.get();
        List<Announcement> rows = desk.page(who, limit, position(Cursor.decode(cursor, LIST, 2)));
        return Pages.of(rows, limit, a -> Cursor.of(LIST, a.createdAt.toInstant().toString(), a.id),
                a -> views.of(who, a), uri);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The announcement as the caller may see it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnouncementView.class)))
    public RestResponse<AnnouncementView> get(@PathParam("id") String id) {
        Caller who = caller.get();
        Announcement a = desk.visibleTo(who, id);
        return EntityTags.ok(views.of(who, a), desk.tagFor(who, a));
    }

    /** Requires {@code If-Match}: 428 without it, 412 when it changed since. Voids the approvals. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "200", description = "The announcement as changed (a draft again); ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnouncementView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name its current version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match is required: send the ETag of the version you read")
    public RestResponse<AnnouncementView> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateAnnouncement request) {
        Announcement a = desk.change(id, new AnnouncementCommands.Content(
                request.texts() == null ? null : request.texts().toCommand(), request.authoritativeLanguage(),
                request.releaseAt(), request.trigger(), request.embargoIds(), request.memberCodes()),
                AuditActor.of(caller.get()), ifMatch);
        return EntityTags.ok(views.of(caller.get(), a), AnnouncementDesk.tag(a));
    }

    /**
     * {@code ready}, {@code approve} (If-Match required: the version the approver read; the second admin must approve
     * the version the first did), {@code release} (now; repeated, it answers the same release and publishes nothing
     * again) or {@code withdraw}.
     */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "200", description = "The announcement after the step; ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnnouncementView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name its current version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match is required to approve")
    public RestResponse<AnnouncementView> transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AnnouncementTransition request) {
        AnnouncementCommands.Action action = AnnouncementCommands.Action.of(request.action());
        AuditActor actor = AuditActor.of(caller.get());
        Announcement a = action == AnnouncementCommands.Action.RELEASE ? desk.release(id, actor, ifMatch).announcement()
                : desk.transition(id, action, request.reason(), actor, ifMatch);
        return EntityTags.ok(views.of(caller.get(), a), AnnouncementDesk.tag(a));
    }

    /** Fires a named trigger: every approved announcement waiting for it is released; 409 when none waits. */
    @POST
    @Path("triggers/{name}")
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "200", description = "The announcements the trigger released",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TriggerView.class)))
    public TriggerView fire(@PathParam("name") @jakarta.validation.constraints.Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug such as g7-working-session") String name) {
        Caller who = caller.get();
        List<AnnouncementDesk.Release> released = desk.fire(name, AuditActor.of(who));
        return new TriggerView(name, released.stream().map(r -> views.of(who, r.announcement())).toList());
    }

    private static AnnouncementDesk.Position position(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return new AnnouncementDesk.Position(OffsetDateTime.ofInstant(Instant.parse(cursor.part(0)), ZoneOffset.UTC),
                    cursor.part(1));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }
}
