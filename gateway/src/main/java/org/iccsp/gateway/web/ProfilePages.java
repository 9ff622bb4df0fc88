package org.iccsp.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A CSO user's editor for their own organisation's profile (the one their {@code organization_id}
 * claim names) with the visibility of each optional field. Saved as a JSON merge patch; the
 * directory-service validates it and its refusal is shown on the form naming the fields.
 */
@Path("/my/organization")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class ProfilePages {
    /** The text fields the editor changes; an emptied one is removed (merge patch null). */
    static final List<String> TEXT_FIELDS = List.of("nameEn", "nameAr", "nameHe", "description", "city", "website",
            "contactEmail");
    /** The fields whose audience the organisation chooses (directory-service's visibility keys). */
    static final List<String> VISIBILITY_FIELDS = List.of("description", "city", "website", "contactEmail", "contacts",
            "languages", "networks", "registryIds");
    static final List<String> AUDIENCES = List.of("public", "members", "private");

    private final ServiceClient services;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template editor;

    public ProfilePages(ServiceClient services, Pages pages, SecurityIdentity identity,
            @Location("organization/editor.html") Template editor) {
        this.services = services;
        this.pages = pages;
        this.identity = identity;
        this.editor = editor;
    }

    @GET
    @SuppressWarnings("unchecked")
    public Response edit(@QueryParam("saved") boolean saved) {
        Map<String, Object> org = (Map<String, Object>) services.get("directory", organizationPath(), Map.of());
        return render(org, null, saved, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SuppressWarnings("unchecked")
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, Object> patch = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            String value = form.getFirst(field);
            patch.put(field, value == null || value.isBlank() ? null : value.strip());
        }
        patch.put("publicListing", "on".equals(form.getFirst("publicListing")));
        Map<String, String> visibility = new LinkedHashMap<>();
        for (String field : VISIBILITY_FIELDS) {
            String audience = form.getFirst("visibility." + field);
            if (audience != null && AUDIENCES.contains(audience)) {
                visibility.put(field, audience);
            }
        }
        patch.put("visibility", visibility);
        ServiceClient.Reply reply = services.exchange("directory", "PATCH", organizationPath(), patch);
        if (reply.ok()) {
            return Response.seeOther(URI.create("/my/organization?saved=true")).build();
        }
        if (reply.status() >= 500) {
            throw new ServiceUnavailableException("the directory service answered " + reply.status());
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw new ForbiddenException();
        }
        Map<String, Object> submitted = new LinkedHashMap<>(patch);
        submitted.put("id", organizationId());
        return render(submitted, (Map<String, Object>) services.json("directory", reply), false, reply.status());
    }

    @SuppressWarnings("unchecked")
    private Response render(Map<String, Object> org, Map<String, Object> problem, boolean saved, int status) {
        Map<String, Object> chosen = org.get("visibility") instanceof Map<?, ?> v ? (Map<String, Object>) v : Map.of();
        List<Map<String, Object>> visibility = VISIBILITY_FIELDS.stream()
                .map(field -> Map.<String, Object>of("field", field,
                        "audience", String.valueOf(chosen.getOrDefault(field, defaultAudience(field)))))
                .toList();
        Response rendered = pages.render(editor.data("org", org).data("visibility", visibility)
                .data("audiences", AUDIENCES).data("problem", problem).data("saved", saved));
        return Response.fromResponse(rendered).status(status).build();
    }

    /** The directory's defaults: contact details for members, the rest public. */
    static String defaultAudience(String field) {
        return field.equals("contactEmail") || field.equals("contacts") ? "members" : "public";
    }

    private String organizationPath() {
        return "/api/v1/organizations/" + ServiceClient.encode(organizationId());
    }

    /** The person's organisation, from the {@code organization_id} claim of their token. */
    private String organizationId() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("organization_id") != null) {
            return token.getClaim("organization_id").toString();
        }
        throw new NotFoundException("no organisation is linked to this account");
    }
}
