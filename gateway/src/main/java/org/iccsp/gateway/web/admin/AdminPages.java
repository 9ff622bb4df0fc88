package org.iccsp.gateway.web.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.GenericType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.AllPages;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Sentences;
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
    /** A strong entity tag as the services write them: a quoted string of visible ASCII. */
    private static final java.util.regex.Pattern ENTITY_TAG = java.util.regex.Pattern.compile("\"[\\x21\\x23-\\x7E]{1,200}\"");

    private final DirectoryClient directory;
    private final PledgeClient pledges;
    private final Pages pages;
    private final Template verification;
    private final Template embargoes;
    private final Template releaseConfirmation;

    public AdminPages(@RestClient DirectoryClient directory, @RestClient PledgeClient pledges, Pages pages,
            @Location("admin/verification.html") Template verification, @Location("admin/embargoes.html") Template embargoes,
            @Location("admin/confirm-release.html") Template releaseConfirmation) {
        this.directory = directory;
        this.pledges = pledges;
        this.pages = pages;
        this.verification = verification;
        this.embargoes = embargoes;
        this.releaseConfirmation = releaseConfirmation;
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
            if (!UpstreamProblems.ok(reply)) {
                return queue(UpstreamProblems.refusal("directory", reply), reply.getStatus());
            }
            Map<String, Object> organisation = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
            var m = Sentences.in(pages.lang());
            String said = Sentences.say("verify".equals(decision) ? m.verifiedSaid() : m.rejectedSaid(), pages.lang(),
                    "name", organisation.getOrDefault("legalName", organisation.get("id")));
            return Response.seeOther(URI.create("/admin/verification")).cookie(Flash.say(said)).build();
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
                return Response.seeOther(URI.create("/admin/embargoes")).cookie(Flash.say(Sentences.say(
                        Sentences.in(pages.lang()).embargoCreatedSaid(), pages.lang(), "name", embargo.get("name")))).build();
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("name", name);
            typed.put("releaseAt", releaseAt);
            return embargoPage(Refusal.anchored(UpstreamProblems.refusal("pledges", reply), Set.of("name", "releaseAt")),
                    typed, reply.getStatus());
        }
    }

    /**
     * Check your answers before a release: every pledge it will announce (member, amount with currency, target,
     * the governments it names), with the admin's view of the embargo (its ETag) carried to the release, so that a
     * release after pledges were sealed or withdrawn meanwhile is refused and shown again.
     */
    @GET
    @Path("embargoes/{id}/release")
    public Response confirmRelease(@PathParam("id") String id) {
        return releasePage(id, false, 200);
    }

    @POST
    @Path("embargoes/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") String id, @FormParam("version") String version) {
        String ifMatch = version == null || version.isBlank() ? null : version.strip();
        if (ifMatch != null && !ENTITY_TAG.matcher(ifMatch).matches()) {
            return releasePage(id, true, 412); // not a view this page gave (nor a header HTTP could carry): look again
        }
        try (Response reply = pledges.release(id, ifMatch)) {
            if (reply.getStatus() == 412) {
                return releasePage(id, true, 412); // pledges were sealed or withdrawn since the page was shown
            }
            if (!UpstreamProblems.ok(reply)) {
                return embargoPage(UpstreamProblems.refusal("pledges", reply), Map.of(), reply.getStatus());
            }
            Map<String, Object> done = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
            Map<?, ?> embargo = done.get("embargo") instanceof Map<?, ?> e ? e : Map.of();
            List<?> announced = done.get("announcedPledges") instanceof List<?> l ? l : List.of();
            List<Map<String, Object>> released = embargoPledges(id).stream()
                    .filter(p -> announced.contains(p.get("id"))).toList();
            String said = Sentences.say(Sentences.in(pages.lang()).releasedSaid(), pages.lang(), "name", embargo.get("name"),
                    "pledges", announced.size(), "governments", governments(released).size());
            return Response.seeOther(URI.create("/admin/embargoes#released-heading")).cookie(Flash.say(said)).build();
        }
    }

    private Response queue(Map<String, Object> problem, int status) {
        Map<String, Object> page = directory.organizations(false, 100);
        return pages.render(verification.data("items", page.getOrDefault("items", List.of())).data("problem", problem),
                status);
    }

    private Response embargoPage(Map<String, Object> problem, Map<String, Object> typed, int status) {
        List<Map<String, Object>> all = AllPages.of("pledges", cursor -> pledges.embargoList(cursor, 500));
        List<Map<String, Object>> sealed = all.stream().filter(e -> !"released".equals(e.get("status"))).toList();
        List<Map<String, Object>> released = new ArrayList<>();
        for (Map<String, Object> e : all) {
            if ("released".equals(e.get("status"))) {
                Map<String, Object> shown = new LinkedHashMap<>(e);
                try {
                    shown.put("pledges", labelled(embargoPledges(String.valueOf(e.get("id")))));
                } catch (ForbiddenException notAnAdmin) {
                    shown.put("pledges", null); // what an embargo sealed is for admins only: a government sees when it was released
                }
                shown.put("releasedBy", releasedBy(String.valueOf(e.get("id"))));
                released.add(shown);
            }
        }
        return pages.render(embargoes.data("embargoes", sealed).data("released", released).data("problem", problem)
                .data("values", typed), status);
    }

    private Response releasePage(String id, boolean changed, int status) {
        Map<String, Object> embargo;
        String version;
        try (Response reply = pledges.embargo(id)) {
            if (!UpstreamProblems.ok(reply)) {
                throw UpstreamProblems.toException("pledges", reply, null);
            }
            version = reply.getHeaderString("ETag");
            embargo = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
        }
        if ("released".equals(embargo.get("status"))) {
            return Response.seeOther(URI.create("/admin/embargoes#released-heading")).build();
        }
        List<Map<String, Object>> waiting = labelled(embargoPledges(id));
        List<String> governments = governments(waiting);
        String lang = pages.lang();
        String summary = waiting.isEmpty() ? null : Sentences.say(Sentences.in(lang).willAnnounceSaid(), lang,
                "pledges", waiting.size(), "governments", governments.size());
        return pages.render(releaseConfirmation.data("embargo", embargo).data("pledges", waiting)
                .data("governments", governments).data("summary", summary).data("version", version)
                .data("changed", changed), status);
    }

    /** Every pledge of the embargo (all pages): waiting under it while sealed, announced by it once released. */
    private List<Map<String, Object>> embargoPledges(String id) {
        return AllPages.of("pledges", cursor -> pledges.embargoPledges(id, cursor, 500));
    }

    /** Each pledge with {@code label} (its target's name) and {@code governments} (the lead, then each share's member). */
    private static List<Map<String, Object>> labelled(List<Map<String, Object>> pledgeList) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> p : pledgeList) {
            Map<String, Object> one = new LinkedHashMap<>(p);
            Map<?, ?> target = p.get("target") instanceof Map<?, ?> t ? t : Map.of();
            one.put("label", target.get("name") != null ? target.get("name") : target.get("ref"));
            one.put("governments", governments(List.of(p)));
            shown.add(one);
        }
        return shown;
    }

    /** The members the pledges name, leads and shares, each once, in order of appearance. */
    static List<String> governments(List<Map<String, Object>> pledgeList) {
        Set<String> codes = new LinkedHashSet<>();
        for (Map<String, Object> p : pledgeList) {
            if (p.get("memberCode") != null) {
                codes.add(String.valueOf(p.get("memberCode")));
            }
            if (p.get("shares") instanceof List<?> shares) {
                for (Object s : shares) {
                    if (s instanceof Map<?, ?> share && share.get("memberCode") != null) {
                        codes.add(String.valueOf(share.get("memberCode")));
                    }
                }
            }
        }
        return List.copyOf(codes);
    }

    /** Who released the embargo, as the audit log names them (a person's username, or the embargo clock); null if unknown. */
    private String releasedBy(String id) {
        try (Response reply = pledges.audit("embargo.released", id, 1)) {
            if (!UpstreamProblems.ok(reply)) {
                return null;
            }
            Map<String, Object> log = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
            if (log.get("entries") instanceof List<?> entries && !entries.isEmpty() && entries.get(0) instanceof Map<?, ?> entry
                    && entry.get("actor") instanceof Map<?, ?> actor && actor.get("name") != null) {
                return String.valueOf(actor.get("name"));
            }
            return null;
        } catch (ProcessingException | WebApplicationException e) {
            return null;
        }
    }
}
