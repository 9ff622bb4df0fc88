package org.iccsp.directory.hsds.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iccsp.directory.organization.domain.Audience;
import org.iccsp.directory.organization.domain.Contact;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.Visibility;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.persistence.Project;

/**
 * An organisation and its projects as HSDS 3.0 objects, as the PUBLIC may see them (docs/adr/0015):
 * whoever asks, the open-data surfaces show what an anonymous reader of the directory is shown, so a
 * field the organisation keeps for members or to itself never enters an export, a feed or a cache.
 */
public final class HsdsMapping {
    /** The name of the sector taxonomy in attributes' taxonomy terms. */
    public static final String SECTOR_TAXONOMY = "ICCSP sectors";

    private HsdsMapping() {
    }

    /** Whether the organisation is in the public directory at all: verified, publicly listed and active. */
    public static boolean isPublic(Organization o) {
        return o.status == OrganizationStatus.VERIFIED && o.publicListing && o.lifecycle == OrganizationLifecycle.ACTIVE;
    }

    /** The organisation with its projects as services ({@code projects} null: without services, as in lists). */
    public static Hsds.Organization organization(Organization o, List<Project> projects) {
        if (!isPublic(o)) {
            throw new IllegalArgumentException("organisation " + o.id + " is not in the public directory");
        }
        UUID id = Hsds.id("organization", o.id);
        Map<String, Visibility> chosen = o.fieldVisibility;
        String description = shown("description", chosen) && o.description != null ? o.description : "";
        String email = shown("contactEmail", chosen) ? o.contactEmail : null;
        String website = shown("website", chosen) ? o.website : null;
        String alternate = o.nameEn != null && !o.nameEn.equals(o.legalName) ? o.nameEn : null;

        List<Hsds.Contact> contacts = new ArrayList<>();
        if (shown("contacts", chosen) && o.contacts != null) {
            for (int i = 0; i < o.contacts.size(); i++) {
                Contact c = o.contacts.get(i);
                UUID contactId = Hsds.id("organization", o.id + ":contact:" + i);
                List<Hsds.Phone> phones = c.phone() == null || c.phone().isBlank() ? List.of()
                        : List.of(new Hsds.Phone(Hsds.id("organization", o.id + ":contact:" + i + ":phone"), contactId,
                                c.phone()));
                contacts.add(new Hsds.Contact(contactId, id, c.name(), c.role(), c.email(), phones));
            }
        }

        UUID locationId = Hsds.id("organization", o.id + ":location");
        boolean city = shown("city", chosen) && o.city != null && !o.city.isBlank();
        List<Hsds.Language> languages = new ArrayList<>();
        if (shown("languages", chosen)) {
            for (String code : o.languages) {
                languages.add(new Hsds.Language(Hsds.id("organization", o.id + ":location:language:" + code), locationId, code));
            }
        }
        Hsds.Location location = new Hsds.Location(locationId, "physical", id, city ? o.city + ", " + o.country : o.country,
                "country (ISO 3166)" + (city ? " and city" : "") + " where the organisation is based", languages);

        List<Hsds.Identifier> identifiers = new ArrayList<>();
        if (shown("registryIds", chosen)) {
            for (String registryId : o.registryIds) {
                int dash = registryId.indexOf('-', registryId.indexOf('-') + 1);
                identifiers.add(new Hsds.Identifier(Hsds.id("organization", o.id + ":identifier:" + registryId), id,
                        dash > 0 ? registryId.substring(0, dash) : null, "org-id.guide", registryId));
            }
        }

        List<Hsds.Service> services = projects == null ? null
                : projects.stream().filter(HsdsMapping::isPublic).map(p -> service(o, p)).toList();
        return new Hsds.Organization(id, o.legalName, alternate, description, email, website, o.type, null, contacts,
                List.of(location), identifiers, sectors(id, "organization", o.sectors), services);
    }

    /** Whether a project of a public organisation is public: only active ones (deactivated, erased are not). */
    public static boolean isPublic(Project p) {
        return "active".equals(p.lifecycle);
    }

    /** A project as an HSDS service of its (public) organisation. */
    public static Hsds.Service service(Organization o, Project p) {
        if (!isPublic(o) || !isPublic(p) || !p.organizationId.equals(o.id)) {
            throw new IllegalArgumentException("project " + p.id + " is not in the public directory");
        }
        UUID id = Hsds.id("project", p.id);
        List<Hsds.ServiceArea> areas = new ArrayList<>();
        if (p.country != null && !p.country.isBlank()) {
            String name = p.city != null && !p.city.isBlank() ? p.city + ", " + p.country : p.country;
            areas.add(new Hsds.ServiceArea(Hsds.id("project", p.id + ":area"), id, name,
                    p.crossBorder ? "cross-border project" : null));
        }
        OffsetDateTime modified = p.updatedAt;
        return new Hsds.Service(id, Hsds.id("organization", o.id), p.title, p.description, status(p.status), modified,
                areas, sectors(id, "service", p.sectors));
    }

    /** The project's status in HSDS's words: planned → inactive, completed → defunct, suspended → temporarily closed. */
    public static String status(String projectStatus) {
        return switch (projectStatus) {
            case "active" -> "active";
            case "planned" -> "inactive";
            case "completed" -> "defunct";
            case "suspended" -> "temporarily closed";
            default -> throw new IllegalArgumentException("unknown project status " + projectStatus);
        };
    }

    private static List<Hsds.Attribute> sectors(UUID linkId, String entity, String[] codes) {
        return Arrays.stream(codes).map(Sector::fromCode).map(sector -> new Hsds.Attribute(
                Hsds.id(entity, linkId + ":sector:" + sector.code()), linkId, entity, entity,
                new Hsds.TaxonomyTerm(Hsds.id("sector", sector.code()), sector.code(), sector.label(),
                        "Sector of the ICCSP directory: " + sector.label(), SECTOR_TAXONOMY, "en"))).toList();
    }

    private static boolean shown(String field, Map<String, Visibility> chosen) {
        return Audience.PUBLIC.sees(Visibility.of(field, chosen));
    }
}
