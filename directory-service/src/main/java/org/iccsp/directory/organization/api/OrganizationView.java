package org.iccsp.directory.organization.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iccsp.directory.organization.domain.Audience;
import org.iccsp.directory.organization.domain.Contact;
import org.iccsp.directory.organization.domain.Erasure;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.domain.Visibility;
import org.iccsp.directory.organization.persistence.Organization;

/**
 * An organisation as one audience may see it: fields hidden from that audience are left out of the
 * JSON. The visibility choices and the review are shown to the organisation itself and admins only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationView(String id, String legalName, String nameEn, String nameAr, String nameHe,
        String description, String type, String country, String city, String website, String contactEmail,
        List<Contact> contacts, List<String> sectors, List<String> languages, List<String> networks,
        List<String> registryIds, OrganizationStatus status, boolean publicListing,
        Map<String, Visibility> visibility, String reviewReason, OrganizationLifecycle lifecycle, ErasureView erasure,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The erasure request, and once confirmed the tombstone: to the organisation itself and admins. */
    public record ErasureView(String requestedBy, OffsetDateTime requestedAt, String confirmedBy,
            OffsetDateTime erasedAt, String legalBasis) {
        static ErasureView of(Erasure e) {
            return e == null ? null : new ErasureView(e.requestedBy(), e.requestedAt(), e.confirmedBy(), e.erasedAt(),
                    e.legalBasis());
        }
    }

    public static OrganizationView of(Organization o, Audience audience) {
        return of(o, audience, null);
    }

    public static OrganizationView of(Organization o, Audience audience, Erasure erasure) {
        Shown shown = new Shown(o.fieldVisibility, audience);
        boolean owner = audience == Audience.OWNER;
        return new OrganizationView(o.id, o.legalName, o.nameEn, o.nameAr, o.nameHe,
                shown.field("description", o.description), o.type, o.country, shown.field("city", o.city),
                shown.field("website", o.website), shown.field("contactEmail", o.contactEmail),
                shown.field("contacts", o.contacts), Arrays.asList(o.sectors),
                shown.field("languages", Arrays.asList(o.languages)), shown.field("networks", Arrays.asList(o.networks)),
                shown.field("registryIds", Arrays.asList(o.registryIds)), o.status, o.publicListing,
                owner ? effectiveVisibility(o.fieldVisibility) : null, owner ? o.reviewReason : null,
                o.lifecycle, owner ? ErasureView.of(erasure) : null, o.createdAt, o.updatedAt);
    }

    private static Map<String, Visibility> effectiveVisibility(Map<String, Visibility> chosen) {
        Map<String, Visibility> all = new TreeMap<>();
        Visibility.HIDEABLE_FIELDS.forEach(field -> all.put(field, Visibility.of(field, chosen)));
        return all;
    }

    private record Shown(Map<String, Visibility> chosen, Audience audience) {
        <T> T field(String name, T value) {
            return audience.sees(Visibility.of(name, chosen)) ? value : null;
        }
    }
}
