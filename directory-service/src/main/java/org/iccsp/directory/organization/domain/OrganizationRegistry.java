package org.iccsp.directory.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iccsp.directory.organization.api.RegisterOrganization;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/** Registration and visibility rules of organisations. */
@ApplicationScoped
public class OrganizationRegistry {
    private final OrganizationEvents events;

    public OrganizationRegistry(OrganizationEvents events) {
        this.events = events;
    }

    @Transactional
    public Organization register(RegisterOrganization request, Caller caller) {
        if (!Territory.isValid(request.country())) {
            throw ProblemException.invalid("country", "unknown ISO 3166 country or territory " + request.country());
        }
        String id = caller.isAdmin() ? "org-" + UUID.randomUUID() : ownOrganizationId(caller);
        if (Organization.findById(id) != null) {
            throw ProblemException.conflict("organisation " + id + " is already registered");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Organization org = new Organization();
        org.id = id;
        org.legalName = request.legalName().strip();
        org.nameEn = request.nameEn();
        org.nameAr = request.nameAr();
        org.nameHe = request.nameHe();
        org.description = request.description();
        org.type = request.type().code();
        org.country = request.country();
        org.city = request.city();
        org.website = request.website();
        org.contactEmail = request.contactEmail();
        org.sectors = request.sectors().stream().map(Sector::code).distinct().toArray(String[]::new);
        // An admin vouches for what they add; a CSO's own registration waits for verification.
        org.status = caller.isAdmin() ? OrganizationStatus.VERIFIED : OrganizationStatus.PENDING;
        org.createdBy = caller.subject();
        org.createdAt = now;
        org.updatedAt = now;
        org.persist();
        events.registered(org);
        return org;
    }

    public Organization visibleTo(Caller caller, String id) {
        Organization org = Organization.findById(id);
        boolean visible = org != null && (org.status == OrganizationStatus.VERIFIED || caller.isAdmin()
                || caller.actsFor(org.id));
        if (!visible) {
            throw ProblemException.notFound("organisation", id); // unverified ones do not exist for others
        }
        return org;
    }

    public List<Organization> verified(int limit) {
        return Organization.find("status = ?1 order by updatedAt desc", OrganizationStatus.VERIFIED)
                .page(0, limit).list();
    }

    private static String ownOrganizationId(Caller caller) {
        return caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                "your account is not linked to an organisation (no organization_id claim)"));
    }
}
