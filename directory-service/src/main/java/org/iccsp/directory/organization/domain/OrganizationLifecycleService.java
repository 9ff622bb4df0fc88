package org.iccsp.directory.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.organization.persistence.OrganizationErasure;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/**
 * Deactivation, reactivation and erasure on request of organisations (the rules: {@link OrganizationLifecycle},
 * {@link Erasure}). Every move checks {@code If-Match} against the organisation's version before changing anything;
 * the erasure steps require it. Erasure overwrites the personal data in place, redacts the history's personal
 * values, drops the sent message log about it and tells the other capabilities ({@link Erased}) and services.
 */
@ApplicationScoped
public class OrganizationLifecycleService {
    private final OrganizationEvents events;
    private final OrganizationHistory history;
    private final Event<Erased> erasedNotice;
    private final EntityManager em;
    private final Clock clock;

    public OrganizationLifecycleService(OrganizationEvents events, OrganizationHistory history,
            Event<Erased> erasedNotice, EntityManager em, Clock clock) {
        this.events = events;
        this.history = history;
        this.erasedNotice = erasedNotice;
        this.em = em;
        this.clock = clock;
    }

    /** Told, in the erasing transaction, to the capabilities holding data about the organisation (its projects). */
    public record Erased(String organizationId, String by) {
    }

    @Transactional
    public Organization deactivate(String id, String ifMatch, Caller caller) {
        Organization org = ownedForChange(id, ifMatch, false, caller);
        move(org, org.lifecycle::deactivate, caller);
        events.deactivated(org, caller.subject());
        return flushed(org);
    }

    @Transactional
    public Organization reactivate(String id, String ifMatch, Caller caller) {
        Organization org = ownedForChange(id, ifMatch, false, caller);
        move(org, org.lifecycle::reactivate, caller);
        events.reactivated(org, caller.subject());
        return flushed(org);
    }

    /** Step one, by the owner (or an admin on its behalf): the organisation is hidden at once, as when deactivated. */
    @Transactional
    public Organization requestErasure(String id, String ifMatch, Caller caller) {
        Organization org = ownedForChange(id, ifMatch, true, caller);
        move(org, org.lifecycle::requestErasure, caller);
        OrganizationErasure row = OrganizationErasure.findById(id);
        if (row == null) {
            row = new OrganizationErasure();
            row.set(Erasure.requested(id, caller.subject(), clock));
            row.persist();
        } else {
            row.set(Erasure.requested(id, caller.subject(), clock)); // a new request after a withdrawn one
        }
        events.deactivated(org, caller.subject()); // for consumers it is out of the directory, as if deactivated
        return flushed(org);
    }

    /** The owner (or an admin) changes their mind before the secretariat confirms: the organisation stays deactivated. */
    @Transactional
    public Organization withdrawErasure(String id, String ifMatch, Caller caller) {
        Organization org = ownedForChange(id, ifMatch, true, caller);
        move(org, org.lifecycle::withdrawErasure, caller);
        OrganizationErasure.deleteById(id);
        return flushed(org);
    }

    /** Step two, by the secretariat (an admin other than the requester): irreversible. */
    @Transactional
    public Organization confirmErasure(String id, String ifMatch, String legalBasis, Caller caller) {
        caller.require(caller.isAdmin(), "only the secretariat (admins) confirms an erasure");
        Organization org = Organization.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (org == null) {
            throw ProblemException.notFound("organisation", id);
        }
        EntityTags.checkIfMatch(ifMatch, EntityTags.ofVersion(org.version), true);
        OrganizationLifecycle next;
        try {
            next = org.lifecycle.confirmErasure();
        } catch (OrganizationLifecycle.IllegalMove e) {
            throw ProblemException.conflict(e.getMessage());
        }
        OrganizationErasure row = OrganizationErasure.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Erasure erasure;
        try {
            erasure = row.toDomain().confirmed(caller.subject(), legalBasis, clock);
        } catch (Erasure.InvalidConfirmation e) {
            throw e.field() == null ? ProblemException.conflict(e.getMessage())
                    : ProblemException.invalid(e.field(), e.getMessage());
        }
        OffsetDateTime now = erasure.erasedAt();
        history.record(id, "lifecycle", org.lifecycle.code(), next.code(), caller.subject(), now);
        overwritePersonalData(org);
        org.lifecycle = next;
        org.updatedAt = now;
        row.set(erasure);
        redactHistory(id);
        // the sent message log (kept a few days for replays) holds copies of the profile: gone now
        em.createNativeQuery("delete from outbox_event where aggregate_type = 'organization' and aggregate_id = ?1"
                + " and sent_at is not null").setParameter(1, id).executeUpdate();
        erasedNotice.fire(new Erased(id, caller.subject()));
        events.erased(erasure);
        return flushed(org);
    }

    /** The tombstone (or pending request) of an organisation, if any. */
    public Erasure erasureOf(String id) {
        OrganizationErasure row = OrganizationErasure.findById(id);
        return row == null ? null : row.toDomain();
    }

    /** Overwritten in place, not flagged: nothing of the person or their words remains in the row. */
    private static void overwritePersonalData(Organization org) {
        org.legalName = Erasure.ERASED_NAME;
        org.nameEn = null;
        org.nameAr = null;
        org.nameHe = null;
        org.description = null;
        org.city = null;
        org.website = null;
        org.contactEmail = null;
        org.contacts = List.of();
        org.registryIds = new String[0];
        org.reviewReason = null;
        org.fieldVisibility = Map.of();
        org.publicListing = false;
    }

    private void redactHistory(String id) {
        em.createNativeQuery("""
                update organization_change
                   set old_value = case when old_value is null then null else cast(?2 as jsonb) end,
                       new_value = case when new_value is null then null else cast(?2 as jsonb) end
                 where organization_id = ?1 and field = any(cast(?3 as text[]))""")
                .setParameter(1, id).setParameter(2, "\"" + Erasure.REDACTED + "\"")
                .setParameter(3, Erasure.PERSONAL_FIELDS.toArray(String[]::new)).executeUpdate();
    }

    private Organization ownedForChange(String id, String ifMatch, boolean required, Caller caller) {
        Organization org = Organization.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (org == null || !OrganizationRegistry.isVisible(org, caller)) {
            throw ProblemException.notFound("organisation", id);
        }
        caller.require(caller.isAdmin() || caller.actsFor(id),
                "only the organisation itself and the secretariat deactivate or erase it");
        EntityTags.checkIfMatch(ifMatch, EntityTags.ofVersion(org.version), required);
        return org;
    }

    private void move(Organization org, java.util.function.Supplier<OrganizationLifecycle> step, Caller caller) {
        OrganizationLifecycle next;
        try {
            next = step.get();
        } catch (OrganizationLifecycle.IllegalMove e) {
            throw ProblemException.conflict(e.getMessage());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        history.record(org.id, "lifecycle", org.lifecycle.code(), next.code(), caller.subject(), now);
        org.lifecycle = next;
        org.updatedAt = now;
    }

    private Organization flushed(Organization org) {
        em.flush(); // the version the answer's ETag names
        return org;
    }
}
