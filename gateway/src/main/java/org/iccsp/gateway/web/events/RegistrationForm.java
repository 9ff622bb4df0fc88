package org.iccsp.gateway.web.events;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a registration (the event's form and the invitation page): the badge name, the
 * representation group when the event has a parity rule, "on behalf of my organisation" for CSO users
 * and a delegation (head, then members in protocol order) for government users. The events-service
 * decides what the person may use: a field they may not is its refusal, shown naming the field.
 */
public final class RegistrationForm {
    public static final int DELEGATE_ROWS = 4;
    /** The form's controls, to link a refusal's fields to them. */
    public static final Set<String> IDS;

    static {
        Set<String> ids = new HashSet<>(Set.of("name", "representationGroup", "onBehalfOfOrganization", "delegation",
                "delegation-head-name", "delegation-head-title", "invitationToken"));
        for (int i = 0; i < DELEGATE_ROWS; i++) {
            ids.add("delegation-members-" + i + "-name");
            ids.add("delegation-members-" + i + "-title");
        }
        IDS = Set.copyOf(ids);
    }

    private RegistrationForm() {
    }

    /** The events-service's registration request from the submitted form (absent choices left out). */
    public static Map<String, Object> request(MultivaluedMap<String, String> form) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", text(form, "name"));
        putIfPresent(request, "representationGroup", text(form, "representationGroup"));
        if ("on".equals(form.getFirst("onBehalfOfOrganization"))) {
            request.put("onBehalfOfOrganization", true);
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < DELEGATE_ROWS; i++) {
            String name = text(form, "delegation.members." + i + ".name");
            if (name != null) {
                members.add(delegate(name, text(form, "delegation.members." + i + ".title")));
            }
        }
        String head = text(form, "delegation.head.name");
        if (head != null || !members.isEmpty()) {
            Map<String, Object> delegation = new LinkedHashMap<>();
            delegation.put("head", delegate(head, text(form, "delegation.head.title")));
            delegation.put("members", members);
            request.put("delegation", delegation);
        }
        return request;
    }

    /** The form's data: the event's groups, and what was typed (or the person's name on a blank form). */
    @SuppressWarnings("unchecked")
    public static TemplateInstance fill(TemplateInstance page, Map<String, Object> event, MultivaluedMap<String, String> form,
            String defaultName) {
        MultivaluedMap<String, String> typed = form == null ? new MultivaluedHashMap<>() : form;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", form == null ? defaultName : typed.getFirst("name"));
        values.put("representationGroup", typed.getFirst("representationGroup"));
        values.put("onBehalfOfOrganization", "on".equals(typed.getFirst("onBehalfOfOrganization")));
        values.put("headName", typed.getFirst("delegation.head.name"));
        values.put("headTitle", typed.getFirst("delegation.head.title"));
        List<Map<String, Object>> delegates = new ArrayList<>();
        for (int i = 0; i < DELEGATE_ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", i);
            row.put("n", i + 1);
            row.put("name", typed.getFirst("delegation.members." + i + ".name"));
            row.put("title", typed.getFirst("delegation.members." + i + ".title"));
            delegates.add(row);
        }
        Map<String, Object> parity = event == null ? null : (Map<String, Object>) event.get("parity");
        List<Object> groups = parity == null ? List.of() : (List<Object>) parity.getOrDefault("groups", List.of());
        return page.data("event", event).data("values", values).data("delegates", delegates).data("groups", groups);
    }

    private static Map<String, Object> delegate(String name, String title) {
        Map<String, Object> delegate = new LinkedHashMap<>();
        delegate.put("name", name);
        putIfPresent(delegate, "title", title);
        return delegate;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * A whole-number field as a JSON number (the services read JSON strictly: "80" is no integer); what
     * is not a whole number is passed on as typed, for the service's 400 to name the field.
     */
    public static Object integer(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        return value != null && value.matches("-?[0-9]{1,9}") ? Integer.valueOf(value) : value;
    }

    public static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
