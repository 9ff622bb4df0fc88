package org.iccsp.directory.organization.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.persistence.Organization;

/** An organisation as the API returns it. */
public record OrganizationView(String id, String legalName, String nameEn, String nameAr, String nameHe,
        String description, String type, String country, String city, String website, String contactEmail,
        List<String> sectors, OrganizationStatus status, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.legalName, o.nameEn, o.nameAr, o.nameHe, o.description, o.type,
                o.country, o.city, o.website, o.contactEmail, Arrays.asList(o.sectors), o.status, o.createdAt,
                o.updatedAt);
    }
}
