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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

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

    public OrganizationResource(OrganizationRegistry registry, OrganizationEditor editor, OrganizationSearch search,
            CurrentCaller caller, ObjectMapper json, ContactReads contactReads) {
        this.registry = registry;
        this.editor = editor;
        this.search = search;
        this.caller = caller;
        this.json = json;
        this.contactReads = contactReads;
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
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /** Contact details that are not public, when shown, are audited in the transaction of the read. */
    @GET
    @Path("{id}")
    @Transactional
    public OrganizationView get(@PathParam("id") String id) {
        Caller who = caller.get();
        return shown(who, registry.visibleTo(who, id), Audience.of(who, id), "organization");
    }

    /** JSON merge patch of the profile, by the organisation's own CSO users or an admin. */
    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Transactional
    public OrganizationView edit(@PathParam("id") String id, @NotNull String patch) throws JsonProcessingException {
        Caller who = caller.get();
        return shown(who, editor.edit(id, json.readTree(patch), who), Audience.of(who, id), "edit");
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "reviewOrganization", summary = "Verify or reject an organisation (admins)")
    @Transactional
    public OrganizationView review(@PathParam("id") String id, @Valid @NotNull Review review) {
        Caller who = caller.get();
        return shown(who, registry.review(id, review.command(), who), Audience.of(who, id), "review");
    }

    private OrganizationView shown(Caller who, Organization org, Audience audience, String channel) {
        contactReads.served(who, org, audience, channel);
        return OrganizationView.of(org, audience);
    }

    /** Field-level history, oldest first: to the organisation itself and admins (old values may be private). */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    public List<ChangeView> history(@PathParam("id") String id) {
        Caller who = caller.get();
        registry.visibleTo(who, id);
        who.require(who.isAdmin() || who.actsFor(id), "only the organisation itself and admins see its history");
        return OrganizationChange.of(id).stream().map(ChangeView::of).toList();
    }

    /**
     * Search: text over names (all scripts) and descriptions, filters (repeat a parameter for "any
     * of"), facet counts on request, keyset pagination, and modified_after for a change feed.
     */
    @GET
    @Transactional
    public SearchPage search(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("sector") List<String> sectors,
            @QueryParam("country") List<String> countries,
            @QueryParam("type") List<String> types,
            @QueryParam("network") List<@Size(max = 80) String> network,
            @QueryParam("verified") Boolean verified,
            @QueryParam("modified_after") String modifiedAfter,
            @QueryParam("sort") String sort,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("facets") @DefaultValue("false") boolean facets) {
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
        return new SearchPage(result.organizations().stream().map(o -> shown(who, o, audience, "search")).toList(),
                CursorCodec.encode(result.next()), result.facets());
    }

    private static Order order(String sort, String text) {
        if (sort == null) {
            return text == null ? Order.NAME : Order.RELEVANCE;
        }
        Order order;
        try {
            order = Order.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sort", "must be relevance, name or modified");
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
