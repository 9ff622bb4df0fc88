package org.iccsp.directory.organization.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.URL;
import org.iccsp.directory.organization.domain.OrganizationType;
import org.iccsp.directory.organization.domain.Sector;

/** Body of POST /api/v1/organizations. Names in Arabic and Hebrew are stored exactly as sent. */
public record RegisterOrganization(
        @NotBlank @Size(max = 200) String legalName,
        @Size(max = 200) String nameEn,
        @Size(max = 200) String nameAr,
        @Size(max = 200) String nameHe,
        @Size(max = 5000) String description,
        @NotNull OrganizationType type,
        @NotBlank @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "must be an ISO 3166 code such as PS or PS-GZA") String country,
        @Size(max = 120) String city,
        @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 500) String website,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @NotNull @Size(min = 1, max = 11) List<@NotNull Sector> sectors) {
}
