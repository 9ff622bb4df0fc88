package org.iccsp.pledge.member.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final MemberRegistry registry;
    private final CurrentCaller caller;

    public MemberResource(MemberRegistry registry, CurrentCaller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /** The members the caller may see by name, by code. */
    @GET
    public List<MemberView> list() {
        return registry.visibleTo(caller.get()).stream().map(MemberView::of).toList();
    }

    @GET
    @Path("{code}")
    public MemberView get(@PathParam("code") String code) {
        return MemberView.of(registry.visibleTo(caller.get(), code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response register(@Valid @NotNull RegisterMember request, UriInfo uri) {
        MemberView created = MemberView.of(registry.register(new MemberRegistry.Registration(request.code(), request.name(), request.bloc(),
                request.status())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    public MemberView update(@PathParam("code") String code, @Valid @NotNull UpdateMember request) {
        return MemberView.of(registry.update(code, new MemberRegistry.Change(request.name(), request.bloc(), request.status()),
                AuditActor.of(caller.get())));
    }
}
