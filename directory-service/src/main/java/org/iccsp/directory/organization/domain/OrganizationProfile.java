package org.iccsp.directory.organization.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.URL;

/**
 * The editable profile of an organisation, owned by the domain: what registering takes (the API takes it
 * as the body of POST /api/v1/organizations) and what a PATCH (JSON merge patch) is applied to.
 * Names in Arabic and Hebrew are stored exactly as sent.
 * Rules that need more than annotations (country, languages, registry identifiers, visibility keys)
 * are in {@code ProfileRules}.
 */
public record OrganizationProfile(
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
        @NotNull @Size(min = 1, max = 11) List<@NotNull Sector> sectors,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as ar, he or en") String> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 80) String> networks,
        @Size(max = 10) List<@NotNull @Size(max = 60) String> registryIds,
        @Size(max = 10) List<@NotNull @Valid Contact> contacts,
        Map<String, @NotNull Visibility> visibility,
        Boolean publicListing) {

    /** Absent lists and maps become empty, an absent listing choice means "not listed" (opt-in). */
    public OrganizationProfile normalized() {
        return new OrganizationProfile(legalName == null ? null : legalName.strip(), nameEn, nameAr, nameHe,
                description, type, country, city, website, contactEmail,
                sectors == null ? null : sectors.stream().distinct().toList(),
                languages == null ? List.of() : languages.stream().distinct().toList(),
                networks == null ? List.of() : networks.stream().map(String::strip).distinct().toList(),
                registryIds == null ? List.of() : registryIds.stream().distinct().toList(),
                contacts == null ? List.of() : contacts,
                visibility == null ? Map.of() : visibility,
                publicListing != null && publicListing);
    }
}
