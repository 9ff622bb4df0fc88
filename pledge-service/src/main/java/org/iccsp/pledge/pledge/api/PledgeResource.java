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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.iccsp.pledge.pledge.domain.IdempotencyKeys;
import org.iccsp.pledge.pledge.domain.PledgeBook;
import org.iccsp.pledge.pledge.domain.PledgeCommands;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.domain.Vertical;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeAudit;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

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
        String tag = PledgeBook.tag(result.pledge());
        if (!result.created()) {
            return EntityTags.tagged(Response.ok(view), tag).build();
        }
        return EntityTags.tagged(Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view), tag)
                .build();
    }

    private static final String LIST = "pledges";
    private static final String HISTORY = "pledge-history";

    /** The pledges the caller may see, newest first, a page at a time ({@code Link: <…>; rel="next"}). */
    @GET
    public RestResponse<List<PledgeView>> list(@QueryParam("member") String member, @QueryParam("status") String status,
            @QueryParam("eventId") String eventId, @QueryParam("vertical") String vertical,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PledgeBook.Filter filter = new PledgeBook.Filter(member, parse("status", status, PledgeStatus::fromCode),
                eventId, parse("vertical", vertical, Vertical::fromCode), limit, position(Cursor.decode(cursor, LIST, 2)));
        return Pages.of(book.visibleTo(caller.get(), filter), limit,
                p -> Cursor.of(LIST, p.createdAt.toInstant().toString(), p.id), p -> PledgeView.of(p).forReader(caller.get()), uri);
    }

    @GET
    @Path("{id}")
    public RestResponse<PledgeView> get(@PathParam("id") String id) {
        Pledge p = book.visibleTo(caller.get(), id);
        return EntityTags.ok(PledgeView.withHistory(p).forReader(caller.get()), PledgeBook.tag(p));
    }

    /** The pledge's audit trail (as {@code history} in GET of it), oldest first, a page at a time. */
    @GET
    @Path("{id}/history")
    public RestResponse<List<PledgeView.AuditEntry>> history(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Cursor after = Cursor.decode(cursor, HISTORY, 1);
        Long afterLine = null;
        if (after != null) {
            try {
                afterLine = Long.parseLong(after.part(0));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        Caller reader = caller.get();
        List<PledgeAudit> lines = book.history(reader, id, limit, afterLine);
        // the names of a lead's officials only to a reader who may name the lead (as in GET of the pledge)
        boolean named = PledgeView.namesMember(reader, book.visibleTo(reader, id).memberCode);
        return Pages.of(lines, limit, a -> Cursor.of(HISTORY, String.valueOf(a.id)),
                a -> named ? PledgeView.AuditEntry.of(a) : PledgeView.AuditEntry.of(a).withoutName(), uri);
    }

    /** {@code If-Match} (optional): the pledge's ETag; 412 when it changed since. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.GOVERNMENT, Caller.ADMIN})
    @APIResponse(responseCode = "200", description = "The pledge as revised; ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the pledge's current version: nothing changed")
    public RestResponse<PledgeView> revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdatePledge request) {
        Pledge p = book.revise(id, revision(request), caller.get(), ifMatch);
        return EntityTags.ok(PledgeView.of(p).forReader(caller.get()), PledgeBook.tag(p));
    }

    /** {@code If-Match} (optional): the pledge's ETag; 412 when it changed since. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN})
    @APIResponse(responseCode = "200", description = "The pledge after the transition; ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the pledge's current version: nothing changed")
    public RestResponse<PledgeView> transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Transition request) {
        Pledge p = book.transition(id, new PledgeCommands.Transition(request.action(),
                request.embargoId(), request.amount(), request.date(), request.reason(), request.recipient()), caller.get(),
                ifMatch);
        return EntityTags.ok(PledgeView.of(p).forReader(caller.get()), PledgeBook.tag(p));
    }

    private static PledgeBook.Position position(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return new PledgeBook.Position(OffsetDateTime.ofInstant(Instant.parse(cursor.part(0)), ZoneOffset.UTC),
                    cursor.part(1));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }

    private static PledgeCommands.Draft draft(CreatePledge r) {
        List<PledgeCommands.Share> shares = r.shares() == null ? null : r.shares().stream()
                .map(s -> new PledgeCommands.Share(s.memberCode(), s.amount(), s.currency())).toList();
        return new PledgeCommands.Draft(r.memberCode(), r.amount(), r.currency(), r.valueDate(), r.verticals(),
                target(r.target()), r.eventId(), r.notes(), r.newMoney(), r.jointLabel(), shares,
                classification(r.financeType(), r.aidType(), r.flowType()));
    }

    private static PledgeCommands.Revise revision(UpdatePledge r) {
        return new PledgeCommands.Revise(r.amount(), r.currency(), r.valueDate(), r.verticals(), target(r.target()),
                r.eventId(), r.notes(), r.newMoney(), classification(r.financeType(), r.aidType(), r.flowType()));
    }

    private static PledgeCommands.Classification classification(String financeType, String aidType, String flowType) {
        return financeType == null && aidType == null && flowType == null ? null
                : new PledgeCommands.Classification(financeType, aidType, flowType);
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
