package org.iccsp.gateway.web.pledges;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.GenericType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.common.Sentences;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.AllPages;
import org.iccsp.gateway.web.common.Amounts;
import org.iccsp.gateway.web.common.PageRefused;
import org.iccsp.gateway.web.common.Claims;
import org.iccsp.gateway.web.common.CountryNames;
import org.iccsp.gateway.web.common.CurrencyNames;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;
import org.iccsp.gateway.web.events.EventClient;

/**
 * Pledges: a government's own (filtered by its {@code government_code}; admins and organisers see all
 * the service shows them), drafting one alone or jointly, revising a draft, and a pledge's page with
 * its shares, audit trail and the transitions its status allows (submit, optionally under an embargo;
 * announce; commit; disburse; withdraw with a reason). The pledge-service decides who may do what;
 * the page offers each action to whom the service allows it. A draft form carries an idempotency key
 * made when it is shown, so a double submission drafts one pledge.
 */
@Path("/my/pledges")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class PledgePages {
    static final List<String> STATUSES = List.of("draft", "submitted", "announced", "committed", "disbursed",
            "fulfilled", "withdrawn");
    private static final Set<String> ACTION_IDS = Set.of("embargoId", "amount", "date", "reason");
    /** What the service takes as an Idempotency-Key: visible ASCII, at most 200 characters. */
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final PledgeClient pledges;
    private final EventClient events;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template list;
    private final Template form;
    private final Template pledge;
    private final Template withdrawal;
    private final TargetChoices targets;

    public PledgePages(@RestClient PledgeClient pledges, @RestClient EventClient events, Pages pages, SecurityIdentity identity,
            @Location("pledges/list.html") Template list, @Location("pledges/form.html") Template form,
            @Location("pledges/pledge.html") Template pledge, @Location("pledges/confirm-withdraw.html") Template withdrawal,
            TargetChoices targets) {
        this.targets = targets;
        this.pledges = pledges;
        this.events = events;
        this.pages = pages;
        this.identity = identity;
        this.list = list;
        this.form = form;
        this.pledge = pledge;
        this.withdrawal = withdrawal;
    }

    /**
     * A government's own pledges, those it leads and those it has a share in (the service shows a
     * government these in every state, beside what the public sees); everything the service shows to
     * anyone else.
     */
    @GET
    public Response pledges(@QueryParam("status") String status) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        List<Map<String, Object>> found = pledges.pledges(500, chosen);
        Optional<String> member = governmentCode();
        List<Map<String, Object>> shown = member.map(code -> found.stream().filter(p -> concerns(p, code)).toList())
                .orElse(found);
        return pages.render(list.data("pledges", shown).data("member", member.orElse(null))
                .data("memberName", member.map(code -> CountryNames.of(code, pages.lang())).orElse(null))
                .data("statuses", STATUSES).data("status", chosen));
    }

    /** Whether a pledge is the member's: it leads it, or has a share in it. */
    private static boolean concerns(Map<String, Object> pledge, String memberCode) {
        return memberCode.equalsIgnoreCase(String.valueOf(pledge.get("memberCode")))
                || pledge.get("shares") instanceof List<?> shares && shares.stream()
                        .anyMatch(s -> s instanceof Map<?, ?> share && memberCode.equalsIgnoreCase(String.valueOf(share.get("memberCode"))));
    }

    @GET
    @Path("new")
    public Response blank() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("currency", CurrencyNames.forCountry(governmentCode().orElse(null))); // the member's own
        values.put("newMoney", true);
        return renderForm(values, null, UUID.randomUUID().toString(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(MultivaluedMap<String, String> fields) {
        List<Map<String, Object>> visibleEvents = events();
        List<TargetChoices.Choice> choices = targets.all(visibleEvents);
        Map<String, Object> body = PledgeForm.chosenTarget(PledgeForm.body(fields, true, pages.lang()), choices);
        String key = fields.getFirst("idempotencyKey");
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            // not a key this form made (control characters, bidi marks, too long): show the form again
            // with a fresh key rather than send a header the service (or HTTP) cannot take
            Map<String, Object> values = new LinkedHashMap<>(body);
            values.put("jointLabel", PledgeForm.text(fields, "jointLabel"));
            Map<String, Object> expired = new LinkedHashMap<>();
            expired.put("kind", "expired");
            return renderForm(values, null, UUID.randomUUID().toString(), expired, 400);
        }
        String idempotencyKey = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
        try (Response reply = pledges.draft(idempotencyKey, body)) {
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> created = reply.readEntity(new GenericType<Map<String, Object>>() {
                });
                return Response.seeOther(URI.create(pledgePage(String.valueOf(created.get("id")))))
                        .cookie(Flash.say(said(Sentences.in(pages.lang()).draftedSaid(), created))).build();
            }
            Map<String, Object> values = new LinkedHashMap<>(body);
            values.put("jointLabel", PledgeForm.text(fields, "jointLabel"));
            return renderForm(values, null, idempotencyKey, UpstreamProblems.refusal("pledges", reply), reply.getStatus());
        }
    }

    @GET
    @Path("{id}")
    public Response pledge(@PathParam("id") String id) {
        return renderPledge(id, null, 200);
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@PathParam("id") String id) {
        return renderForm(find(id), id, null, null, 200);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = PledgeForm.chosenTarget(PledgeForm.body(fields, false, pages.lang()),
                targets.all(events()));
        try (Response reply = pledges.revise(id, body)) {
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> revised = reply.readEntity(new GenericType<Map<String, Object>>() {
                });
                return Response.seeOther(URI.create(pledgePage(id)))
                        .cookie(Flash.say(said(Sentences.in(pages.lang()).revisedSaid(), revised))).build();
            }
            Map<String, Object> problem = UpstreamProblems.refusal("pledges", reply);
            Map<String, Object> values = new LinkedHashMap<>(find(id)); // the shares and label as they are
            values.putAll(body);
            return renderForm(values, id, null, problem, reply.getStatus());
        }
    }

    /** One transition: {@code action} with what it needs (embargoId, amount and date, reason). */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Map<String, Object> transition = new LinkedHashMap<>();
        transition.put("action", PledgeForm.text(fields, "action"));
        for (String field : List.of("embargoId", "amount", "date", "reason")) {
            String value = PledgeForm.text(fields, field);
            if ("amount".equals(field)) {
                value = Amounts.plain(value, pages.lang());
            }
            if (value != null) {
                transition.put(field, value);
            }
        }
        try (Response reply = pledges.transition(id, transition)) {
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> after = reply.readEntity(new GenericType<Map<String, Object>>() {
                });
                return Response.seeOther(URI.create("list".equals(fields.getFirst("returnTo")) ? "/my/pledges" : pledgePage(id)))
                        .cookie(Flash.say(transitionSaid(String.valueOf(transition.get("action")), transition, after))).build();
            }
            return renderPledge(id, Refusal.anchored(UpstreamProblems.refusal("pledges", reply), ACTION_IDS), reply.getStatus());
        }
    }

    /**
     * The check-your-answers page before a withdrawal (which cannot be undone): the pledge, the reason typed on its
     * page (editable here), a "Withdraw the pledge" button that posts the transition and a link back.
     */
    @GET
    @Path("{id}/withdraw")
    public Response confirmWithdrawal(@PathParam("id") String id, @QueryParam("reason") String reason) {
        Map<String, Object> found = new LinkedHashMap<>(find(id));
        found.put("label", label(found));
        return pages.render(withdrawal.data("pledge", found).data("reason", reason == null ? "" : reason.strip()));
    }

    /** What a transition did, in the page's language: "Submitted the pledge of 2,500,000 GBP for “…”." */
    private String transitionSaid(String action, Map<String, Object> sent, Map<String, Object> pledge) {
        var m = Sentences.in(pages.lang());
        return switch (action) {
            case "submit" -> {
                String embargo = sent.get("embargoId") == null ? null : embargoName(String.valueOf(sent.get("embargoId")));
                yield embargo == null ? said(m.submittedSaid(), pledge)
                        : said(m.submittedSealedSaid(), pledge, "embargo", embargo);
            }
            case "announce" -> said(m.announcedSaid(), pledge);
            case "commit" -> said(m.committedSaid(), pledge);
            case "disburse" -> said(m.disbursedSaid(), pledge, "disbursed",
                    Sentences.money(sent.get("amount"), pledge.get("currency"), pages.lang()));
            default -> said(m.withdrawnSaid(), pledge);
        };
    }

    /** A pledge sentence: its amount with currency and its target's name, plus {@code more} arguments. */
    private String said(String pattern, Map<String, Object> pledge, Object... more) {
        Object[] arguments = new Object[4 + more.length];
        arguments[0] = "amount";
        arguments[1] = Sentences.money(pledge.get("amount"), pledge.get("currency"), pages.lang());
        arguments[2] = "target";
        arguments[3] = label(pledge);
        System.arraycopy(more, 0, arguments, 4, more.length);
        return Sentences.say(pattern, pages.lang(), arguments);
    }

    /** A pledge's target as people call it: its name, else its reference. */
    static Object label(Map<String, Object> pledge) {
        Map<?, ?> target = pledge.get("target") instanceof Map<?, ?> t ? t : Map.of();
        return target.get("name") != null ? target.get("name") : target.get("ref");
    }

    /** The embargo's name, or null when it cannot be read. */
    private String embargoName(String embargoId) {
        try (Response reply = pledges.embargo(embargoId)) {
            return UpstreamProblems.ok(reply) ? String.valueOf(reply.readEntity(new GenericType<Map<String, Object>>() {
            }).get("name")) : null;
        } catch (ProcessingException | WebApplicationException e) {
            return null;
        }
    }

    private Response renderForm(Map<String, Object> values, String id, String idempotencyKey,
            Map<String, Object> problem, int status) {
        List<Map<String, Object>> visibleEvents = events();
        return pages.render(PledgeForm.fill(form.instance(), values, visibleEvents).data("pledgeId", id)
                .data("targets", targets.all(visibleEvents))
                .data("idempotencyKey", idempotencyKey).data("problem", Refusal.anchored(problem, PledgeForm.IDS)), status);
    }

    private Response renderPledge(String id, Map<String, Object> problem, int status) {
        Map<String, Object> found = new LinkedHashMap<>(find(id));
        found.put("label", label(found));
        String memberCode = String.valueOf(found.get("memberCode"));
        boolean manages = identity.hasRole("admin")
                || identity.hasRole("government") && governmentCode().filter(memberCode::equalsIgnoreCase).isPresent();
        boolean announces = manages || identity.hasRole("organizer");
        Object embargoes = manages && "draft".equals(found.get("status")) ? sealedEmbargoes() : List.of();
        if (found.get("eventId") != null) {
            found.put("event", event(String.valueOf(found.get("eventId"))));
        }
        if (found.get("embargoId") != null) {
            found.put("embargo", embargo(String.valueOf(found.get("embargoId"))));
        }
        return pages.render(pledge.data("pledge", found).data("manages", manages).data("announces", announces)
                .data("embargoes", embargoes).data("remaining", remaining(found)).data("problem", problem), status);
    }

    private Map<String, Object> find(String id) {
        return pledges.pledge(id);
    }

    /** The embargoes a draft may be submitted under, every page of them (none offered when the list cannot be read). */
    private List<Map<String, Object>> sealedEmbargoes() {
        try {
            return AllPages.of("pledges", cursor -> pledges.embargoList(cursor, 500)).stream()
                    .filter(e -> !"released".equals(e.get("status"))).toList();
        } catch (ProcessingException | WebApplicationException | PageRefused e) {
            return List.of();
        }
    }

    /** Events a pledge may be announced at (a free choice: none offered when the list cannot be read). */
    private List<Map<String, Object>> events() {
        try {
            return events.eventsOrNone();
        } catch (ProcessingException | WebApplicationException e) {
            return List.of(); // the events-service is down or failing: the pledge is drafted without an event
        }
    }

    /** The event a pledge is to be announced at, when the reader may see it (else the page says it is hidden). */
    private Object event(String eventId) {
        return readable(() -> events.eventReply(eventId));
    }

    /** The embargo a pledge was submitted under, when the reader may see it (else the page says it is hidden). */
    private Object embargo(String embargoId) {
        return readable(() -> pledges.embargoReply(embargoId));
    }

    /** A service's answer to show, or null when it refuses or fails (the page then names nothing). */
    private static Map<String, Object> readable(java.util.function.Supplier<Response> call) {
        try (Response reply = call.get()) {
            return UpstreamProblems.ok(reply) ? reply.readEntity(new GenericType<Map<String, Object>>() {
            }) : null;
        } catch (ProcessingException | WebApplicationException e) {
            return null;
        }
    }

    /** What remains to disburse, as the service counts it (amount − disbursed so far). */
    private static String remaining(Map<String, Object> pledge) {
        try {
            BigDecimal amount = new BigDecimal(String.valueOf(pledge.get("amount")));
            Object disbursed = pledge.get("disbursedTotal");
            return amount.subtract(disbursed == null ? BigDecimal.ZERO : new BigDecimal(disbursed.toString())).toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Optional<String> governmentCode() {
        return Claims.of(identity, "government_code");
    }

    private static String pledgePage(String id) {
        return "/my/pledges/" + PageLinks.encode(id);
    }
}
