package org.iccsp.directory.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.iccsp.directory.hsds.domain.Hsds;
import org.iccsp.directory.hsds.domain.HsdsMapping;
import org.iccsp.directory.organization.domain.Contact;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.domain.Visibility;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.persistence.Project;
import org.junit.jupiter.api.Test;

/** The mapping to HSDS 3.0 on its own (plain JUnit): only public fields, statuses, public organisations only. */
class HsdsMappingTest {
    static Organization organization(Map<String, Visibility> visibility) {
        Organization o = new Organization();
        o.id = "org-map";
        o.legalName = "Mapping Trust";
        o.nameEn = "Mapping Trust";
        o.description = "private words";
        o.type = "ngo";
        o.country = "PS";
        o.city = "Jenin";
        o.website = "https://map.example.org";
        o.contactEmail = "office@map.example.org";
        o.contacts = List.of(new Contact("Lina", "Director", "lina@map.example.org", "+970 4 555 0100"));
        o.sectors = new String[] {"health"};
        o.languages = new String[] {"ar"};
        o.networks = new String[] {"ALLMEP"};
        o.registryIds = new String[] {"PS-MOI-12345"};
        o.fieldVisibility = visibility;
        o.publicListing = true;
        o.status = OrganizationStatus.VERIFIED;
        o.lifecycle = OrganizationLifecycle.ACTIVE;
        o.createdAt = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        o.updatedAt = o.createdAt;
        return o;
    }

    @Test
    void defaultsKeepContactsAndTheContactEmailForMembers() {
        Hsds.Organization h = HsdsMapping.organization(organization(Map.of()), null);
        assertTrue(h.contacts().isEmpty());
        assertEquals(null, h.email());
        assertEquals("private words", h.description());
        assertEquals("Jenin, PS", h.locations().get(0).name());
        assertEquals("PS-MOI", h.organizationIdentifiers().get(0).identifierScheme());
        assertEquals(null, h.alternateName(), "the English name is the legal name");
        assertEquals(null, h.services(), "lists carry no services");
    }

    @Test
    void hiddenFieldsAreLeftOutAndTheRequiredDescriptionIsEmpty() {
        Hsds.Organization h = HsdsMapping.organization(organization(Map.of("description", Visibility.MEMBERS,
                "city", Visibility.PRIVATE, "registryIds", Visibility.MEMBERS, "languages", Visibility.PRIVATE,
                "website", Visibility.MEMBERS, "contacts", Visibility.PUBLIC, "contactEmail", Visibility.PUBLIC)), List.of());
        assertEquals("", h.description());
        assertEquals("PS", h.locations().get(0).name());
        assertTrue(h.locations().get(0).languages().isEmpty());
        assertTrue(h.organizationIdentifiers().isEmpty());
        assertEquals(null, h.website());
        assertEquals("lina@map.example.org", h.contacts().get(0).email());
        assertEquals("+970 4 555 0100", h.contacts().get(0).phones().get(0).number());
        assertEquals("office@map.example.org", h.email());
        assertFalse(h.toString().contains("ALLMEP"), "networks are not published");
    }

    @Test
    void onlyPublicOrganisationsAndActiveProjectsAreMapped() {
        Organization unlisted = organization(Map.of());
        unlisted.publicListing = false;
        assertThrows(IllegalArgumentException.class, () -> HsdsMapping.organization(unlisted, null));
        Organization deactivated = organization(Map.of());
        deactivated.lifecycle = OrganizationLifecycle.DEACTIVATED;
        assertThrows(IllegalArgumentException.class, () -> HsdsMapping.organization(deactivated, null));

        Organization o = organization(Map.of());
        Project active = project("prj-1", "active", "active");
        Project gone = project("prj-2", "active", "deactivated");
        Hsds.Organization h = HsdsMapping.organization(o, List.of(active, gone));
        assertEquals(List.of(Hsds.id("project", "prj-1")), h.services().stream().map(Hsds.Service::id).toList());
        assertThrows(IllegalArgumentException.class, () -> HsdsMapping.service(o, gone));
    }

    @Test
    void projectStatusesBecomeHsdsServiceStatuses() {
        assertEquals("active", HsdsMapping.status("active"));
        assertEquals("inactive", HsdsMapping.status("planned"));
        assertEquals("defunct", HsdsMapping.status("completed"));
        assertEquals("temporarily closed", HsdsMapping.status("suspended"));
    }

    private static Project project(String id, String status, String lifecycle) {
        Project p = new Project();
        p.id = id;
        p.organizationId = "org-map";
        p.title = "Clinic " + id;
        p.sectors = new String[] {"health"};
        p.partnerIds = new String[0];
        p.status = status;
        p.lifecycle = lifecycle;
        p.country = "PS";
        p.updatedAt = OffsetDateTime.parse("2026-01-02T00:00:00Z");
        return p;
    }
}
