package org.iccsp.directory.organization.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.iccsp.directory.organization.persistence.Organization;

/** Copies a profile to and from its row. */
public final class ProfileMapping {
    private ProfileMapping() {
    }

    public static OrganizationProfile profileOf(Organization org) {
        return new OrganizationProfile(org.legalName, org.nameEn, org.nameAr, org.nameHe, org.description,
                OrganizationType.fromCode(org.type), org.country, org.city, org.website, org.contactEmail,
                Arrays.stream(org.sectors).map(Sector::fromCode).toList(), List.of(org.languages),
                List.of(org.networks), List.of(org.registryIds), List.copyOf(org.contacts),
                new HashMap<>(org.fieldVisibility), org.publicListing);
    }

    /** @param profile normalized and checked */
    public static void apply(OrganizationProfile profile, Organization org) {
        org.legalName = profile.legalName();
        org.nameEn = profile.nameEn();
        org.nameAr = profile.nameAr();
        org.nameHe = profile.nameHe();
        org.description = profile.description();
        org.type = profile.type().code();
        org.country = profile.country();
        org.city = profile.city();
        org.website = profile.website();
        org.contactEmail = profile.contactEmail();
        org.sectors = profile.sectors().stream().map(Sector::code).toArray(String[]::new);
        org.languages = profile.languages().toArray(String[]::new);
        org.networks = profile.networks().toArray(String[]::new);
        org.registryIds = profile.registryIds().toArray(String[]::new);
        org.contacts = List.copyOf(profile.contacts());
        org.fieldVisibility = new HashMap<>(profile.visibility());
        org.publicListing = profile.publicListing();
    }
}
