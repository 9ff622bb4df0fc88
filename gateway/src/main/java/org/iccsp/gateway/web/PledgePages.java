package org.iccsp.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A government's pledges: the list (its own first: filtered by its {@code government_code}), a form
 * to draft a pledge, alone or jointly with shares per member, and submitting a draft. The form
 * carries an idempotency key made when it is shown, so a double submission drafts one pledge.
 */
@Path("/my/pledges")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class PledgePages {
    static final List<String> VERTICALS = List.of("agriculture", "health", "education", "technology",
            "environment-and-water", "arts-and-music", "sports", "science", "dialogue-and-reconciliation",
            "economic-development", "humanitarian");
    static final List<String> TARGET_KINDS = List.of("cso-project", "working-group", "common-resource");
    static final int SHARE_ROWS = 3;

    private final ServiceClient services;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template list;
    private final Template form;

    public PledgePages(ServiceClient services, Pages pages, SecurityIdentity identity,
            @Location("pledges/list.html") Template list, @Location("pledges/form.html") Template form) {
        this.services = services;
        this.pages = pages;
        this.identity = identity;
        this.form = form;
        this.list = list;
    }

    @GET
    public Response pledges() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("limit", List.of("100"));
        governmentCode().ifPresent(code -> query.put("member", List.of(code)));
        Object pledges = services.get("pledges", "/api/v1/pledges", query);
        return pages.render(list.data("pledges", pledges).data("member", governmentCode().orElse(null)));
    }

    @GET
    @Path("new")
    public Response blank() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("currency", "USD");
        values.put("newMoney", true);
        return renderForm(values, List.of(), UUID.randomUUID().toString(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SuppressWarnings("unchecked")
    public Response draft(MultivaluedMap<String, String> fields) {
        Map<String, Object> pledge = new LinkedHashMap<>();
        pledge.put("amount", text(fields, "amount"));
        pledge.put("currency", upper(text(fields, "currency")));
        pledge.put("valueDate", text(fields, "valueDate"));
        pledge.put("verticals", fields.getOrDefault("verticals", List.of()));
        pledge.put("target", Map.of("kind", String.valueOf(text(fields, "targetKind")),
                "ref", String.valueOf(text(fields, "targetRef")), "name", String.valueOf(text(fields, "targetName"))));
        pledge.put("eventId", text(fields, "eventId"));
        pledge.put("notes", text(fields, "notes"));
        pledge.put("newMoney", "on".equals(fields.getFirst("newMoney")));
        List<Map<String, Object>> shares = new ArrayList<>();
        for (int i = 1; i <= SHARE_ROWS; i++) {
            String member = upper(text(fields, "shareMember" + i));
            if (member != null) {
                Map<String, Object> share = new LinkedHashMap<>();
                share.put("memberCode", member);
                share.put("amount", text(fields, "shareAmount" + i));
                share.put("currency", upper(text(fields, "shareCurrency" + i)));
                shares.add(share);
            }
        }
        if (!shares.isEmpty()) {
            pledge.put("jointLabel", text(fields, "jointLabel"));
            pledge.put("shares", shares);
        }
        String key = fields.getFirst("idempotencyKey");
        String idempotencyKey = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
        ServiceClient.Reply reply = services.exchange("pledges", "POST", "/api/v1/pledges", pledge,
                Map.of("Idempotency-Key", idempotencyKey));
        if (reply.ok()) {
            return Response.seeOther(URI.create("/my/pledges")).build();
        }
        failIfNotARefusal(reply);
        Map<String, Object> values = new LinkedHashMap<>(pledge);
        values.put("targetKind", text(fields, "targetKind"));
        values.put("targetRef", text(fields, "targetRef"));
        values.put("targetName", text(fields, "targetName"));
        values.put("jointLabel", text(fields, "jointLabel"));
        return renderForm(values, shares, idempotencyKey,
                (Map<String, Object>) services.json("pledges", reply), reply.status());
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id) {
        ServiceClient.Reply reply = services.exchange("pledges", "POST",
                "/api/v1/pledges/" + ServiceClient.encode(id) + "/transitions", Map.of("action", "submit"));
        failIfNotARefusal(reply);
        return Response.seeOther(URI.create("/my/pledges")).build();
    }

    private Response renderForm(Map<String, Object> values, List<Map<String, Object>> shares, String idempotencyKey,
            Map<String, Object> problem, int status) {
        List<Map<String, Object>> shareRows = new ArrayList<>();
        for (int i = 1; i <= SHARE_ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>(i <= shares.size() ? shares.get(i - 1) : Map.of());
            row.put("n", i);
            shareRows.add(row);
        }
        Object chosen = values.getOrDefault("verticals", List.of());
        List<Map<String, Object>> verticals = VERTICALS.stream()
                .map(v -> Map.<String, Object>of("code", v, "checked", chosen instanceof List<?> l && l.contains(v)))
                .toList();
        Response rendered = pages.render(form.data("values", values).data("verticals", verticals)
                .data("targetKinds", TARGET_KINDS).data("shares", shareRows).data("idempotencyKey", idempotencyKey)
                .data("problem", problem));
        return Response.fromResponse(rendered).status(status).build();
    }

    private static void failIfNotARefusal(ServiceClient.Reply reply) {
        if (reply.status() >= 500) {
            throw new ServiceUnavailableException("the pledge service answered " + reply.status());
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw new ForbiddenException();
        }
        if (reply.status() == 404) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private java.util.Optional<String> governmentCode() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("government_code") != null) {
            return java.util.Optional.of(token.getClaim("government_code").toString());
        }
        return java.util.Optional.empty();
    }

    private static String text(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase();
    }
}
