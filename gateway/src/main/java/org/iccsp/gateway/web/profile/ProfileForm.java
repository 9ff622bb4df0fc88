package org.iccsp.gateway.web.profile;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iccsp.gateway.web.events.RegistrationForm;

/**
 * An organisation's profile form (registering it, or editing it): the directory-service's profile (or
 * merge patch) from the form, and the form's data from a profile. Lists are typed as text: languages
 * and networks separated by commas, registry identifiers one per line; contacts are rows (the
 * profile's, then blank ones up to the directory's ten). A merge patch replaces lists whole and
 * removes emptied text fields (null).
 */
final class ProfileForm {
    static final List<String> TEXT_FIELDS = List.of("legalName", "nameEn", "nameAr", "nameHe", "description", "type",
            "country", "city", "website", "contactEmail");
    /** The fields whose audience the organisation chooses (directory-service's visibility keys). */
    static final List<String> VISIBILITY_FIELDS = List.of("description", "city", "website", "contactEmail", "contacts",
            "languages", "networks", "registryIds");
    static final List<String> AUDIENCES = List.of("public", "members", "private");
    static final List<String> TYPES = List.of("ngo", "social-enterprise", "educational-institution", "think-tank",
            "hospital", "sports-club", "cooperative", "company", "foundation", "network", "other");
    static final List<String> CONTACT_FIELDS = List.of("name", "role", "email", "phone");
    static final int MAX_CONTACTS = 10;
    static final int BLANK_CONTACT_ROWS = 2;
    /** The form's controls, to link a refusal's fields to them. */
    static final Set<String> IDS;

    static {
        Set<String> ids = new HashSet<>(TEXT_FIELDS);
        ids.addAll(List.of("publicListing", "sectors", "languages", "networks", "registryIds", "contacts", "visibility"));
        for (int i = 0; i < MAX_CONTACTS; i++) {
            for (String field : CONTACT_FIELDS) {
                ids.add("contacts-" + i + "-" + field);
            }
        }
        IDS = Set.copyOf(ids);
    }

    private ProfileForm() {
    }

    /** The profile the form describes; emptied text fields are null (a merge patch removes them). */
    static Map<String, Object> profile(MultivaluedMap<String, String> form) {
        Map<String, Object> profile = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            String value = RegistrationForm.text(form, field);
            profile.put(field, field.equals("country") && value != null ? value.toUpperCase(Locale.ROOT) : value);
        }
        profile.put("sectors", form.getOrDefault("sectors", List.of()));
        profile.put("languages", split(form.getFirst("languages"), "[,\\s]+").stream()
                .map(code -> code.toLowerCase(Locale.ROOT)).toList());
        profile.put("networks", split(form.getFirst("networks"), ","));
        profile.put("registryIds", split(form.getFirst("registryIds"), "\\R"));
        profile.put("contacts", contacts(form));
        profile.put("publicListing", "on".equals(form.getFirst("publicListing")));
        Map<String, String> visibility = new LinkedHashMap<>();
        for (String field : VISIBILITY_FIELDS) {
            String audience = form.getFirst("visibility." + field);
            if (audience != null && AUDIENCES.contains(audience)) {
                visibility.put(field, audience);
            }
        }
        profile.put("visibility", visibility);
        return profile;
    }

    /** The contact rows that have anything in them, in order; a row's blank fields are left out. */
    private static List<Map<String, Object>> contacts(MultivaluedMap<String, String> form) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < MAX_CONTACTS; i++) {
            Map<String, Object> contact = new LinkedHashMap<>();
            for (String field : CONTACT_FIELDS) {
                String value = RegistrationForm.text(form, "contacts-" + i + "-" + field);
                if (value != null) {
                    contact.put(field, value);
                }
            }
            if (!contact.isEmpty()) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    /** The form showing a profile (the directory's, or what was typed), with the sector taxonomy. */
    @SuppressWarnings("unchecked")
    static TemplateInstance fill(TemplateInstance editor, Map<String, Object> org, List<Map<String, Object>> sectorList) {
        Map<String, Object> values = new LinkedHashMap<>(org);
        values.put("languagesText", String.join(", ", strings(org.get("languages"))));
        values.put("networksText", String.join(", ", strings(org.get("networks"))));
        values.put("registryIdsText", String.join("\n", strings(org.get("registryIds"))));
        List<String> chosenSectors = strings(org.get("sectors"));
        List<Map<String, Object>> sectors = sectorList.stream().map(sector -> {
            Map<String, Object> row = new LinkedHashMap<>(sector);
            row.put("checked", chosenSectors.contains(String.valueOf(sector.get("code"))));
            return row;
        }).toList();
        List<Map<String, Object>> existing = org.get("contacts") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        List<Map<String, Object>> contacts = new ArrayList<>();
        int rows = Math.min(MAX_CONTACTS, existing.size() + BLANK_CONTACT_ROWS);
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = new LinkedHashMap<>(i < existing.size() ? existing.get(i) : Map.of());
            row.put("index", i);
            row.put("n", i + 1);
            contacts.add(row);
        }
        Map<String, Object> chosen = org.get("visibility") instanceof Map<?, ?> v ? (Map<String, Object>) v : Map.of();
        List<Map<String, Object>> visibility = VISIBILITY_FIELDS.stream()
                .map(field -> Map.<String, Object>of("field", field,
                        "audience", String.valueOf(chosen.getOrDefault(field, defaultAudience(field))),
                        // the label's key in the code bundle: contactEmail is field-contact-email
                        "labelKey", "field-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)))
                .toList();
        return editor.data("org", values).data("sectors", sectors).data("contacts", contacts).data("types", TYPES)
                .data("visibility", visibility).data("audiences", AUDIENCES);
    }

    /** The directory's defaults: contact details for members, the rest public. */
    static String defaultAudience(String field) {
        return field.equals("contactEmail") || field.equals("contacts") ? "members" : "public";
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
