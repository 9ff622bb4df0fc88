package org.iccsp.directory.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/** Registration, verification and visibility rules of organisations. */
@ApplicationScoped
public class OrganizationRegistry {
    private final OrganizationEvents events;
    private final OrganizationHistory history;
    private final Clock clock;

    public OrganizationRegistry(OrganizationEvents events, OrganizationHistory history, Clock clock) {
        this.events = events;
        this.history = history;
        this.clock = clock;
    }

    /** An admin's decision on an organisation: verify it, or reject it (a rejection needs a reason). */
    public record Decision(boolean verify, String reason) {
    }

    @Transactional
    public Organization register(OrganizationProfile request, Caller caller) {
        OrganizationProfile profile = request.normalized();
        ProfileRules.check(profile);
        String id = caller.isAdmin() ? "org-" + UUID.randomUUID() : ownOrganizationId(caller);
        if (Organization.findById(id) != null) {
            throw ProblemException.conflict("organisation " + id + " is already registered");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Organization org = new Organization();
        org.id = id;
        ProfileMapping.apply(profile, org);
        // An admin vouches for what they add; a CSO's own registration waits for verification.
        org.status = caller.isAdmin() ? OrganizationStatus.VERIFIED : OrganizationStatus.PENDING;
        org.createdBy = caller.subject();
        org.createdAt = now;
        org.updatedAt = now;
        org.persist();
        events.registered(org);
        return org;
    }

    /**
     * An admin verifies (from pending or rejected) or rejects (from pending or verified, e.g. revoking
     * a verification) an organisation. Deciding what is already the state is a conflict.
     */
    @Transactional
    public Organization review(String id, Decision review, String ifMatch, Caller caller) {
        caller.require(caller.isAdmin(), "only admins verify or reject organisations");
        String reason = review.reason() == null || review.reason().isBlank() ? null : review.reason().strip();
        boolean verify = review.verify();
        if (!verify && reason == null) {
            throw ProblemException.invalid("reason", "a rejection needs a reason");
        }
        Organization org = Organization.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (org == null) {
            throw ProblemException.notFound("organisation", id);
        }
        EntityTags.checkIfMatch(ifMatch, EntityTags.ofVersion(org.version), false);
        if (org.lifecycle == OrganizationLifecycle.ERASED) {
            throw ProblemException.conflict("organisation " + id + " is erased");
        }
        OrganizationStatus target = verify ? OrganizationStatus.VERIFIED : OrganizationStatus.REJECTED;
        if (org.status == target) {
            throw ProblemException.conflict("organisation " + id + " is already " + target.code());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        history.record(id, "status", org.status.code(), target.code(), caller.subject(), now);
        if (!java.util.Objects.equals(org.reviewReason, reason)) {
            history.record(id, "reviewReason", org.reviewReason, reason, caller.subject(), now);
        }
        org.status = target;
        org.reviewReason = reason;
        org.reviewedBy = caller.subject();
        org.reviewedAt = now;
        org.updatedAt = now;
        if (verify) {
            events.verified(org);
        } else {
            events.rejected(org);
        }
        Organization.getEntityManager().flush(); // the version the answer's ETag names
        return org;
    }

    /** The organisation if the caller may see it at all; 404 otherwise, so unlisted ones do not leak. */
    public Organization visibleTo(Caller caller, String id) {
        Organization org = Organization.findById(id);
        if (org == null || !isVisible(org, caller)) {
            throw ProblemException.notFound("organisation", id);
        }
        return org;
    }

    public static boolean isVisible(Organization org, Caller caller) {
        if (caller.isAdmin() || caller.actsFor(org.id)) {
            return true;
        }
        // active verified ones are visible to consortium members; to everyone else only when listed publicly
        return org.lifecycle.isListed() && org.status == OrganizationStatus.VERIFIED && (org.publicListing || caller.isConsortiumMember());
    }

    private static String ownOrganizationId(Caller caller) {
        return caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                "your account is not linked to an organisation (no organization_id claim)"));
    }
}
