package org.iccsp.pledge.pledge.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.iccsp.pledge.pledge.domain.IdempotencyKeys;
import org.iccsp.pledge.pledge.domain.PledgeBook;
import org.iccsp.pledge.pledge.domain.PledgeCommands;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.domain.Vertical;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

@Path("/api/v1/pledges")
@Produces(MediaType.APPLICATION_JSON)
public class PledgeResource {
    private final PledgeBook book;
    private final CurrentCaller caller;

    public PledgeResource(PledgeBook book, CurrentCaller caller) {
        this.book = book;
        this.caller = caller;
    }

    /** A government drafts a pledge for itself (an admin for any member). 201 first, 200 on a retry with the same key. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.GOVERNMENT, Caller.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key: the pledge it created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PledgeView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CreatePledge request, UriInfo uri) {
        String key = IdempotencyKeys.requireKey(idempotencyKey);
        PledgeBook.Created result = book.create(draft(request), key, caller.get());
        PledgeView view = PledgeView.of(result.pledge()).forReader(caller.get());
        if (!result.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    /** The pledges the caller may see, newest first. */
    @GET
    public List<PledgeView> list(@QueryParam("member") String member, @QueryParam("status") String status,
            @QueryParam("eventId") String eventId, @QueryParam("vertical") String vertical,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        PledgeBook.Filter filter = new PledgeBook.Filter(member, parse("status", status, PledgeStatus::fromCode),
                eventId, parse("vertical", vertical, Vertical::fromCode), limit);
        return book.visibleTo(caller.get(), filter).stream().map(p -> PledgeView.of(p).forReader(caller.get())).toList();
    }

    @GET
    @Path("{id}")
    public PledgeView get(@PathParam("id") String id) {
        return PledgeView.withHistory(book.visibleTo(caller.get(), id)).forReader(caller.get());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.GOVERNMENT, Caller.ADMIN})
    public PledgeView revise(@PathParam("id") String id, @Valid @NotNull UpdatePledge request) {
        return PledgeView.of(book.revise(id, revision(request), caller.get())).forReader(caller.get());
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN})
    public PledgeView transition(@PathParam("id") String id, @Valid @NotNull Transition request) {
        return PledgeView.of(book.transition(id, new PledgeCommands.Transition(request.action(),
                request.embargoId(), request.amount(), request.date(), request.reason()), caller.get())).forReader(caller.get());
    }

    private static PledgeCommands.Draft draft(CreatePledge r) {
        List<PledgeCommands.Share> shares = r.shares() == null ? null : r.shares().stream()
                .map(s -> new PledgeCommands.Share(s.memberCode(), s.amount(), s.currency())).toList();
        return new PledgeCommands.Draft(r.memberCode(), r.amount(), r.currency(), r.valueDate(), r.verticals(),
                target(r.target()), r.eventId(), r.notes(), r.newMoney(), r.jointLabel(), shares);
    }

    private static PledgeCommands.Revise revision(UpdatePledge r) {
        return new PledgeCommands.Revise(r.amount(), r.currency(), r.valueDate(), r.verticals(), target(r.target()),
                r.eventId(), r.notes(), r.newMoney());
    }

    private static PledgeCommands.Target target(Target t) {
        return t == null ? null : new PledgeCommands.Target(t.kind(), t.ref(), t.name());
    }

    private static <T> T parse(String param, String value, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(param, "unknown value " + value);
        }
    }
}
