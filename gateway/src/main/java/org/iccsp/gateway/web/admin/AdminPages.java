package org.iccsp.gateway.web.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;
import org.iccsp.gateway.web.directory.DirectoryClient;
import org.iccsp.gateway.web.pledges.PledgeClient;

/**
 * The administrators' desks: the verification queue of organisations, and embargoes (create one,
 * release one). The services decide who is an admin (a non-admin gets their 403 as a "not allowed"
 * page); their refusals are shown on the desk.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class AdminPages {
    private final DirectoryClient directory;
    private final PledgeClient pledges;
    private final Pages pages;
    private final Template verification;
    private final Template embargoes;

    public AdminPages(@RestClient DirectoryClient directory, @RestClient PledgeClient pledges, Pages pages,
            @Location("admin/verification.html") Template verification, @Location("admin/embargoes.html") Template embargoes) {
        this.directory = directory;
        this.pledges = pledges;
        this.pages = pages;
        this.verification = verification;
        this.embargoes = embargoes;
    }

    @GET
    @Path("verification")
    public Response verificationQueue() {
        return queue(null, 200);
    }

    @POST
    @Path("verification/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            review.put("reason", reason.strip());
        }
        try (Response reply = directory.review(id, review)) {
            return UpstreamProblems.ok(reply) ? Response.seeOther(URI.create("/admin/verification")).build()
                    : queue(UpstreamProblems.refusal("directory", reply), reply.getStatus());
        }
    }

    @GET
    @Path("embargoes")
    public Response embargoList() {
        return embargoPage(null, Map.of(), 200);
    }

    /** A new embargo; a release time typed at the form is taken as UTC. */
    @POST
    @Path("embargoes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("releaseAt") String releaseAt) {
        Map<String, Object> embargo = new LinkedHashMap<>();
        embargo.put("name", name == null ? null : name.strip());
        if (releaseAt != null && !releaseAt.isBlank()) {
            embargo.put("releaseAt", releaseAt.strip().length() == 16 ? releaseAt.strip() + ":00Z" : releaseAt.strip() + "Z");
        }
        try (Response reply = pledges.createEmbargo(embargo)) {
            if (UpstreamProblems.ok(reply)) {
                return Response.seeOther(URI.create("/admin/embargoes")).build();
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("name", name);
            typed.put("releaseAt", releaseAt);
            return embargoPage(Refusal.anchored(UpstreamProblems.refusal("pledges", reply), Set.of("name", "releaseAt")),
                    typed, reply.getStatus());
        }
    }

    @POST
    @Path("embargoes/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") String id) {
        try (Response reply = pledges.release(id)) {
            return UpstreamProblems.ok(reply) ? Response.seeOther(URI.create("/admin/embargoes")).build()
                    : embargoPage(UpstreamProblems.refusal("pledges", reply), Map.of(), reply.getStatus());
        }
    }

    private Response queue(Map<String, Object> problem, int status) {
        Map<String, Object> page = directory.organizations(false, 100);
        return pages.render(verification.data("items", page.getOrDefault("items", List.of())).data("problem", problem),
                status);
    }

    private Response embargoPage(Map<String, Object> problem, Map<String, Object> typed, int status) {
        Object list = pledges.embargoes();
        return pages.render(embargoes.data("embargoes", list).data("problem", problem).data("values", typed), status);
    }
}
