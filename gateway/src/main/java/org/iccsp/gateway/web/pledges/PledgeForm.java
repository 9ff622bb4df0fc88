package org.iccsp.gateway.web.pledges;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iccsp.gateway.web.common.Amounts;
import org.iccsp.gateway.web.events.RegistrationForm;

/**
 * The pledge form, for drafting and for revising a draft: the pledge-service's body from the form's
 * fields and the form's data from a pledge (or from what was typed, when the service refused it).
 * Shares are sent when drafting only: the service fixes them once drafted.
 */
final class PledgeForm {
    static final List<String> VERTICALS = List.of("agriculture", "health", "education", "technology",
            "environment-and-water", "arts-and-music", "sports", "science", "dialogue-and-reconciliation",
            "economic-development", "humanitarian");
    static final List<String> TARGET_KINDS = List.of("cso-project", "working-group", "common-resource");
    static final int SHARE_ROWS = 3;
    /** The form's controls, to link a refusal's fields to them. */
    static final Set<String> IDS;

    static {
        Set<String> ids = new HashSet<>(Set.of("memberCode", "amount", "currency", "valueDate", "newMoney", "verticals",
                "target", "target-kind", "target-ref", "target-name", "eventId", "notes", "jointLabel", "shares"));
        for (int i = 0; i < SHARE_ROWS; i++) {
            ids.addAll(List.of("shares-" + i + "-memberCode", "shares-" + i + "-amount", "shares-" + i + "-currency"));
        }
        IDS = Set.copyOf(ids);
    }

    private PledgeForm() {
    }

    /**
     * The pledge as the form describes it; {@code draft} for a new draft (and an admin's member). Amounts
     * are read as the page's language {@code lang} writes them (see {@link Amounts}).
     */
    static Map<String, Object> body(MultivaluedMap<String, String> fields, boolean draft, String lang) {
        Map<String, Object> pledge = new LinkedHashMap<>();
        if (draft && text(fields, "memberCode") != null) {
            pledge.put("memberCode", upper(text(fields, "memberCode")));
        }
        pledge.put("amount", Amounts.plain(text(fields, "amount"), lang));
        pledge.put("currency", upper(text(fields, "currency")));
        pledge.put("valueDate", text(fields, "valueDate"));
        pledge.put("verticals", fields.getOrDefault("verticals", List.of()));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", text(fields, "target-kind"));
        target.put("ref", text(fields, "target-ref"));
        target.put("name", text(fields, "target-name"));
        pledge.put("target", target);
        // a revision sends "" to clear the event (the service keeps a value that is left out)
        String eventId = text(fields, "eventId");
        pledge.put("eventId", eventId == null && !draft ? "" : eventId);
        String notes = text(fields, "notes");
        pledge.put("notes", notes == null && !draft ? "" : notes);
        pledge.put("newMoney", "on".equals(fields.getFirst("newMoney")));
        if (draft) {
            List<Map<String, Object>> shares = shares(fields, lang);
            if (!shares.isEmpty()) {
                pledge.put("jointLabel", text(fields, "jointLabel"));
                pledge.put("shares", shares);
            }
        }
        return pledge;
    }

    /**
     * The body with its target as the picker offered it: a reference (or a name typed in full) the picker offered
     * gets that target's reference and kind, and its name when none was typed. Anything else is sent as typed.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> chosenTarget(Map<String, Object> body, List<TargetChoices.Choice> choices) {
        if (!(body.get("target") instanceof Map<?, ?> t)) {
            return body;
        }
        Map<String, Object> target = (Map<String, Object>) t;
        TargetChoices.find(choices, (String) target.get("ref")).ifPresent(choice -> {
            target.put("ref", choice.ref());
            target.put("kind", choice.kind());
            if (target.get("name") == null) {
                target.put("name", choice.name());
            }
        });
        return body;
    }

    private static List<Map<String, Object>> shares(MultivaluedMap<String, String> fields, String lang) {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (int i = 0; i < SHARE_ROWS; i++) {
            String member = upper(text(fields, "shares-" + i + "-memberCode"));
            if (member != null) {
                Map<String, Object> share = new LinkedHashMap<>();
                share.put("memberCode", member);
                share.put("amount", Amounts.plain(text(fields, "shares-" + i + "-amount"), lang));
                share.put("currency", upper(text(fields, "shares-" + i + "-currency")));
                shares.add(share);
            }
        }
        return shares;
    }

    /** The form showing a pledge (as the service returns it, or as {@link #body} built it). */
    @SuppressWarnings("unchecked")
    static TemplateInstance fill(TemplateInstance form, Map<String, Object> pledge, List<Map<String, Object>> events) {
        Map<String, Object> values = new LinkedHashMap<>(pledge);
        Map<String, Object> target = pledge.get("target") instanceof Map<?, ?> t ? (Map<String, Object>) t : Map.of();
        values.put("targetKind", target.get("kind"));
        values.put("targetRef", target.get("ref"));
        values.put("targetName", target.get("name"));
        List<Map<String, Object>> shares = pledge.get("shares") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        List<Map<String, Object>> shareRows = new ArrayList<>();
        for (int i = 0; i < SHARE_ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>(i < shares.size() ? shares.get(i) : Map.of());
            row.put("index", i);
            row.put("n", i + 1);
            shareRows.add(row);
        }
        Object chosen = pledge.getOrDefault("verticals", List.of());
        List<Map<String, Object>> verticals = VERTICALS.stream()
                .map(v -> Map.<String, Object>of("code", v, "checked", chosen instanceof List<?> l && l.contains(v)))
                .toList();
        return form.data("values", values).data("verticals", verticals).data("targetKinds", TARGET_KINDS)
                .data("shares", shareRows).data("events", withChosen(events, pledge.get("eventId")));
    }

    /** The events to choose from, with the pledge's own even when the reader cannot see it (any more). */
    private static List<Map<String, Object>> withChosen(List<Map<String, Object>> events, Object chosen) {
        if (chosen == null || chosen.toString().isBlank()
                || events.stream().anyMatch(e -> chosen.toString().equals(String.valueOf(e.get("id"))))) {
            return events;
        }
        List<Map<String, Object>> all = new ArrayList<>(events);
        all.add(Map.of("id", chosen.toString(), "title", chosen.toString()));
        return all;
    }

    static String text(MultivaluedMap<String, String> fields, String name) {
        return RegistrationForm.text(fields, name);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
