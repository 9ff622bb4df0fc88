package org.iccsp.directory.project.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.directory.organization.domain.Sector;

/**
 * A project's editable details, owned by the domain: what creating one takes (the API takes it as the body of
 * POST /api/v1/organizations/{id}/projects) and what a project PATCH (merge patch) applies to.
 */
public record ProjectDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotNull @Size(min = 1, max = 11) List<@NotNull Sector> sectors,
        @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "must be an ISO 3166 code such as PS or PS-GZA") String country,
        @Size(max = 120) String city,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> partnerIds,
        @PositiveOrZero @Max(100_000_000) Integer beneficiariesPerYear,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull ProjectStatus status) {

    public ProjectDetails normalized() {
        return new ProjectDetails(title == null ? null : title.strip(), description,
                sectors == null ? null : sectors.stream().distinct().toList(), country, city,
                partnerIds == null ? List.of() : partnerIds.stream().distinct().toList(), beneficiariesPerYear,
                startDate, endDate, status);
    }
}
