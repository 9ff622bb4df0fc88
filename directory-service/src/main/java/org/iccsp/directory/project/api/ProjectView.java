package org.iccsp.directory.project.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.iccsp.directory.project.persistence.Project;

/** A project as the API returns it; partnerIds lists only partners the caller may see. */
public record ProjectView(String id, String organizationId, String title, String description, List<String> sectors,
        String country, String city, List<String> partnerIds, boolean crossBorder, Integer beneficiariesPerYear,
        LocalDate startDate, LocalDate endDate, String status, String lifecycle, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static ProjectView of(Project p, List<String> visiblePartners) {
        return new ProjectView(p.id, p.organizationId, p.title, p.description, Arrays.asList(p.sectors), p.country,
                p.city, visiblePartners, p.crossBorder, p.beneficiariesPerYear, p.startDate, p.endDate, p.status,
                p.lifecycle, p.createdAt, p.updatedAt);
    }
}
