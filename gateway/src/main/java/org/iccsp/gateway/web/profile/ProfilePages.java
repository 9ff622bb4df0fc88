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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.ws.rs.core.GenericType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Claims;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Sentences;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;
import org.iccsp.gateway.web.directory.DirectoryClient;

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
    private final DirectoryClient directory;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template editor;

    public ProfilePages(@RestClient DirectoryClient directory, Pages pages, SecurityIdentity identity,
            @Location("organization/editor.html") Template editor) {
        this.directory = directory;
        this.pages = pages;
        this.identity = identity;
        this.editor = editor;
    }

    @GET
    public Response edit() {
        Map<String, Object> organization;
        try (Response reply = directory.organizationReply(organizationId())) {
            if (reply.getStatus() == 404) { // not registered yet: the same form registers it
                Map<String, Object> blank = new LinkedHashMap<>();
                blank.put("contactEmail", Claims.of(identity, "email").orElse(null));
                blank.put("type", "ngo");
                return render(blank, true, null, 200);
            }
            if (!UpstreamProblems.ok(reply)) {
                UpstreamProblems.refusal("directory", reply); // 403 / 5xx pages
            }
            organization = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
        }
        return render(organization == null ? new LinkedHashMap<>() : organization, false, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, Object> profile = ProfileForm.profile(form);
        return answer(() -> directory.edit(organizationId(), profile), profile, false);
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Map<String, Object> profile = ProfileForm.profile(form);
        return answer(() -> directory.register(profile), profile, true);
    }

    private Response answer(Supplier<Response> call, Map<String, Object> profile, boolean registering) {
        try (Response reply = call.get()) {
            if (UpstreamProblems.ok(reply)) {
                var m = Sentences.in(pages.lang());
                return Response.seeOther(URI.create("/my/organization")).cookie(Flash.say(Sentences.say(
                        registering ? m.organisationRegisteredSaid() : m.profileSavedSaid(), pages.lang(), "name",
                        profile.getOrDefault("legalName", "")))).build();
            }
            Map<String, Object> submitted = new LinkedHashMap<>(profile);
            submitted.put("id", organizationId());
            return render(submitted, registering, UpstreamProblems.refusal("directory", reply), reply.getStatus());
        }
    }

    private Response render(Map<String, Object> org, boolean registering, Map<String, Object> problem, int status) {
        organizationId(); // an account without an organisation has no profile page
        List<Map<String, Object>> sectors = directory.sectors();
        return pages.render(ProfileForm.fill(editor.instance(), org, sectors).data("registering", registering)
                .data("problem", Refusal.anchored(problem, ProfileForm.IDS)), status);
    }

    /** The person's organisation, from the {@code organization_id} claim of their token. */
    private String organizationId() {
        return Claims.of(identity, "organization_id")
                .orElseThrow(() -> new NotFoundException("no organisation is linked to this account"));
    }
}
