package org.iccsp.directory.organization.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.iccsp.directory.organization.domain.Audience;
import org.iccsp.directory.organization.domain.ContactReads;
import org.iccsp.directory.organization.domain.OrganizationEditor;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationLifecycleService;
import org.iccsp.directory.organization.domain.OrganizationProfile;
import org.iccsp.directory.organization.domain.OrganizationRegistry;
import org.iccsp.directory.organization.domain.OrganizationType;
import org.iccsp.directory.organization.domain.SearchCriteria;
import org.iccsp.directory.organization.domain.SearchCriteria.Order;
import org.iccsp.directory.organization.domain.SearchResult;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.Territory;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.organization.persistence.OrganizationChange;
import org.iccsp.directory.organization.persistence.OrganizationSearch;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final OrganizationRegistry registry;
    private final OrganizationEditor editor;
    private final OrganizationSearch search;
    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final ContactReads contactReads;
    private final OrganizationLifecycleService lifecycle;

    public OrganizationResource(OrganizationRegistry registry, OrganizationEditor editor, OrganizationSearch search,
            CurrentCaller caller, ObjectMapper json, ContactReads contactReads, OrganizationLifecycleService lifecycle) {
        this.registry = registry;
        this.editor = editor;
        this.search = search;
        this.caller = caller;
        this.json = json;
        this.contactReads = contactReads;
        this.lifecycle = lifecycle;
    }

    /** A CSO user registers its own organisation (pending); an admin adds one already verified. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    public Response register(@Valid @NotNull OrganizationProfile request, UriInfo uri) {
        Caller who = caller.get();
        Organization org = registry.register(request, who);
        OrganizationView created = OrganizationView.of(org, Audience.of(who, org.id));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created)
                .header("ETag", EntityTags.ofVersion(org.version)).build();
    }

    /** Contact details that are not public, when shown, are audited in the transaction of the read. */
    @GET
    @Path("{id}")
    @Transactional
    public RestResponse<OrganizationView> get(@PathParam("id") String id) {
        Caller who = caller.get();
        return shown(who, registry.visibleTo(who, id), Audience.of(who, id), "organization");
    }

    /** JSON merge patch of the profile, by the organisation's own CSO users or an admin. */
    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull String patch) throws JsonProcessingException {
        Caller who = caller.get();
        return shown(who, editor.edit(id, json.readTree(patch), ifMatch, who), Audience.of(who, id), "edit");
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "reviewOrganization", summary = "Verify or reject an organisation (admins)")
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> review(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Review review) {
        Caller who = caller.get();
        return shown(who, registry.review(id, review.command(), ifMatch, who), Audience.of(who, id), "review");
    }

    /** The organisation's own users or an admin take it out of every listing (reversible). */
    @POST
    @Path("{id}/deactivation")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Operation(operationId = "deactivateOrganization", summary = "Deactivate an organisation (its users, admins)")
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> deactivate(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        return shown(who, lifecycle.deactivate(id, ifMatch, who), Audience.of(who, id), "lifecycle");
    }

    @DELETE
    @Path("{id}/deactivation")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Operation(operationId = "reactivateOrganization", summary = "Reactivate a deactivated organisation")
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> reactivate(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        return shown(who, lifecycle.reactivate(id, ifMatch, who), Audience.of(who, id), "lifecycle");
    }

    /** Erasure, step one: the owner asks (If-Match required); the organisation is hidden at once. */
    @POST
    @Path("{id}/erasure-request")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Operation(operationId = "requestOrganizationErasure", summary = "Request the erasure of an organisation's personal data")
    @APIResponse(responseCode = "428", description = "If-Match is required")
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> requestErasure(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        return shown(who, lifecycle.requestErasure(id, ifMatch, who), Audience.of(who, id), "lifecycle");
    }

    @DELETE
    @Path("{id}/erasure-request")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Operation(operationId = "withdrawOrganizationErasure", summary = "Withdraw an erasure request (the organisation stays deactivated)")
    @APIResponse(responseCode = "428", description = "If-Match is required")
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> withdrawErasure(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        return shown(who, lifecycle.withdrawErasure(id, ifMatch, who), Audience.of(who, id), "lifecycle");
    }

    /** Erasure, step two: the secretariat confirms, naming the legal basis for what is kept. Irreversible. */
    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "confirmOrganizationErasure", summary = "Confirm an erasure request (secretariat)")
    @APIResponse(responseCode = "428", description = "If-Match is required")
    @Transactional
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<OrganizationView> confirmErasure(@PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ErasureConfirmation confirmation) {
        Caller who = caller.get();
        return shown(who, lifecycle.confirmErasure(id, ifMatch, confirmation.legalBasis(), who), Audience.of(who, id),
                "lifecycle");
    }

    /** The secretariat's confirmation of an erasure. */
    public record ErasureConfirmation(@NotNull @Size(min = 1, max = 2000) String legalBasis) {
    }

    private RestResponse<OrganizationView> shown(Caller who, Organization org, Audience audience, String channel) {
        contactReads.served(who, org, audience, channel);
        boolean tombstone = org.lifecycle == OrganizationLifecycle.ERASURE_REQUESTED
                || org.lifecycle == OrganizationLifecycle.ERASED;
        return EntityTags.ok(OrganizationView.of(org, audience, tombstone ? lifecycle.erasureOf(org.id) : null),
                EntityTags.ofVersion(org.version));
    }

    /** Field-level history, oldest first: to the organisation itself and admins (old values may be private). */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    public RestResponse<List<ChangeView>> history(@PathParam("id") String id,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit, @Context UriInfo uri) {
        Caller who = caller.get();
        registry.visibleTo(who, id);
        who.require(who.isAdmin() || who.actsFor(id), "only the organisation itself and admins see its history");
        Cursor after = Cursor.decode(cursor, "history", 1);
        long afterId;
        try {
            afterId = after == null ? 0 : Long.parseLong(after.part(0));
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
        return Pages.of(OrganizationChange.page(id, afterId, limit + 1), limit,
                c -> Cursor.of("history", String.valueOf(c.id)), ChangeView::of, uri);
    }

    /**
     * Search: text over names (all scripts) and descriptions, filters (repeat a parameter for "any
     * of"), facet counts on request, keyset pagination, and modified_after for a change feed.
     */
    @GET
    @Transactional
    public RestResponse<SearchPage> search(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("sector") List<String> sectors,
            @QueryParam("country") List<String> countries,
            @QueryParam("type") List<String> types,
            @QueryParam("network") List<@Size(max = 80) String> network,
            @QueryParam("verified") Boolean verified,
            @QueryParam("modified_after") String modifiedAfter,
            @QueryParam("sort") String sort,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("facets") @DefaultValue("false") boolean facets, @Context UriInfo uri) {
        Caller who = caller.get();
        if (Boolean.FALSE.equals(verified) && !who.isAdmin()) {
            throw ProblemException.forbidden("only admins see organisations that are not verified");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && !text.matches(".*[\\p{L}\\p{N}].*")) {
            throw ProblemException.invalid("q", "must contain a letter or a digit");
        }
        Order order = order(sort, text);
        sectors.forEach(code -> check("sector", () -> Sector.fromCode(code)));
        types.forEach(code -> check("type", () -> OrganizationType.fromCode(code)));
        countries.forEach(code -> {
            if (!Territory.isValid(code)) {
                throw ProblemException.invalid("country", "unknown ISO 3166 country or territory " + code);
            }
        });
        SearchCriteria criteria = new SearchCriteria(text, sectors, countries, types, network, verified,
                parseTime(modifiedAfter), order, cursor == null ? null : CursorCodec.decode(cursor, order), limit,
                facets);
        Audience audience = Audience.ofReader(who);
        SearchResult result = search.search(criteria, audience);
        List<OrganizationView> items = result.organizations().stream().map(o -> {
            contactReads.served(who, o, audience, "search");
            return OrganizationView.of(o, audience);
        }).toList();
        String next = CursorCodec.encode(result.next());
        RestResponse.ResponseBuilder<SearchPage> answer = RestResponse.ResponseBuilder.ok(
                new SearchPage(items, next, result.facets(), result.total()));
        if (next != null) {
            answer.header("Link", Pages.next(uri, next)); // the same cursor as nextCursor, for clients that follow links
        }
        return answer.build();
    }

    private static Order order(String sort, String text) {
        if (sort == null) {
            return text == null ? Order.NAME : Order.RELEVANCE;
        }
        Order order;
        try {
            order = Order.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sort", "must be relevance, name, modified or newest");
        }
        if (order == Order.RELEVANCE && text == null) {
            throw ProblemException.invalid("sort", "relevance needs a text query q");
        }
        return order;
    }

    private static OffsetDateTime parseTime(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("modified_after", "must be an ISO-8601 date-time such as 2026-01-31T12:00:00Z");
        }
    }

    private static void check(String field, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}
