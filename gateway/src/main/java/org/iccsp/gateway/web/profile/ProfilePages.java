package org.iccsp.gateway.web.profile;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iccsp.gateway.web.common.Claims;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.ServiceClient;

/**
 * A CSO user's own organisation (the one their {@code organization_id} claim names): registering it
 * in the directory when it is not there yet (it then waits for verification), and editing its
 * profile (names in three scripts, contacts, sectors, languages, networks, registry identifiers)
 * with the visibility of each optional field, saved as a JSON merge patch. The directory-service
 * validates it; its refusal is shown on the form naming the fields.
 */
@Path("/my/organization")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class ProfilePages {
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
        ServiceClient.Reply reply = services.exchange("directory", "GET", organizationPath(), null);
        if (reply.status() == 404) { // not registered yet: the same form registers it
            Map<String, Object> blank = new LinkedHashMap<>();
            blank.put("contactEmail", Claims.of(identity, "email").orElse(null));
            blank.put("type", "ngo");
            return render(blank, true, null, false, 200);
        }
        if (!reply.ok()) {
            services.refusal("directory", reply); // 403 / 5xx pages
        }
        return render((Map<String, Object>) services.json("directory", reply), false, null, saved, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, Object> profile = ProfileForm.profile(form);
        return answer(services.exchange("directory", "PATCH", organizationPath(), profile), profile, false);
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Map<String, Object> profile = ProfileForm.profile(form);
        return answer(services.exchange("directory", "POST", "/api/v1/organizations", profile), profile, true);
    }

    private Response answer(ServiceClient.Reply reply, Map<String, Object> profile, boolean registering) {
        if (reply.ok()) {
            return Response.seeOther(URI.create("/my/organization?saved=true")).build();
        }
        Map<String, Object> submitted = new LinkedHashMap<>(profile);
        submitted.put("id", organizationId());
        return render(submitted, registering, services.refusal("directory", reply), false, reply.status());
    }

    @SuppressWarnings("unchecked")
    private Response render(Map<String, Object> org, boolean registering, Map<String, Object> problem, boolean saved,
            int status) {
        organizationId(); // an account without an organisation has no profile page
        List<Map<String, Object>> sectors = (List<Map<String, Object>>) services.get("directory", "/api/v1/sectors", Map.of());
        return pages.render(ProfileForm.fill(editor.instance(), org, sectors).data("registering", registering)
                .data("problem", Refusal.anchored(problem, ProfileForm.IDS)).data("saved", saved), status);
    }

    private String organizationPath() {
        return "/api/v1/organizations/" + ServiceClient.encode(organizationId());
    }

    /** The person's organisation, from the {@code organization_id} claim of their token. */
    private String organizationId() {
        return Claims.of(identity, "organization_id")
                .orElseThrow(() -> new NotFoundException("no organisation is linked to this account"));
    }
}
