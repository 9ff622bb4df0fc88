package org.iccsp.pledge.member.api;

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
import java.util.List;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final MemberRegistry registry;
    private final CurrentCaller caller;

    public MemberResource(MemberRegistry registry, CurrentCaller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    private static final String LIST = "members";

    /** The members the caller may see by name, by code, a page at a time ({@code Link: <…>; rel="next"}). */
    @GET
    public RestResponse<List<MemberView>> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Cursor after = Cursor.decode(cursor, LIST, 1);
        List<Member> rows = registry.visibleTo(caller.get(), limit, after == null ? null : after.part(0));
        return Pages.of(rows, limit, m -> Cursor.of(LIST, m.code), MemberView::of, uri);
    }

    @GET
    @Path("{code}")
    public RestResponse<MemberView> get(@PathParam("code") String code) {
        Member member = registry.visibleTo(caller.get(), code);
        return EntityTags.ok(MemberView.of(member), MemberRegistry.tag(member));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response register(@Valid @NotNull RegisterMember request, UriInfo uri) {
        Member member = registry.register(new MemberRegistry.Registration(request.code(), request.name(), request.bloc(),
                request.status()));
        return EntityTags.tagged(Response.created(uri.getAbsolutePathBuilder().path(member.code).build())
                .entity(MemberView.of(member)), MemberRegistry.tag(member)).build();
    }

    /** Requires {@code If-Match} (the member's ETag): 428 without it, 412 when the member changed since. */
    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "200", description = "The member as changed; ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the member's current version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match is required: send the ETag of the version you read")
    public RestResponse<MemberView> update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateMember request) {
        Member member = registry.update(code, new MemberRegistry.Change(request.name(), request.bloc(), request.status()),
                AuditActor.of(caller.get()), ifMatch);
        return EntityTags.ok(MemberView.of(member), MemberRegistry.tag(member));
    }
}
