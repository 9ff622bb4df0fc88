package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/**
 * Edits of an organisation's profile by its own CSO users or admins, as JSON merge patches. Every
 * changed field is kept as history and the change is announced; an edit that changes nothing writes
 * nothing.
 */
@ApplicationScoped
public class OrganizationEditor {
    private static final List<String> EDITABLE = MergePatch.fieldsOf(OrganizationProfile.class);

    private final ObjectMapper json;
    private final Validator validator;
    private final OrganizationHistory history;
    private final OrganizationEvents events;
    private final Clock clock;

    public OrganizationEditor(ObjectMapper json, Validator validator, OrganizationHistory history,
            OrganizationEvents events, Clock clock) {
        this.json = json;
        this.validator = validator;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Organization edit(String id, JsonNode patch, String ifMatch, Caller caller) throws JsonProcessingException {
        Organization org = Organization.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (org == null || !OrganizationRegistry.isVisible(org, caller)) {
            throw ProblemException.notFound("organisation", id);
        }
        caller.require(caller.isAdmin() || caller.actsFor(id), "you may edit only your own organisation");
        EntityTags.checkIfMatch(ifMatch, EntityTags.ofVersion(org.version), false);
        if (org.lifecycle == OrganizationLifecycle.ERASURE_REQUESTED || org.lifecycle == OrganizationLifecycle.ERASED) {
            throw ProblemException.conflict("organisation " + id + " is " + org.lifecycle.code() + ": it is not edited any more");
        }
        JsonNode before = json.valueToTree(ProfileMapping.profileOf(org));
        OrganizationProfile edited = MergePatch.edit(before, patch, OrganizationProfile.class, json).normalized();
        Set<ConstraintViolation<OrganizationProfile>> violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ProfileRules.check(edited);
        JsonNode after = json.valueToTree(edited);

        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> changed = MergePatch.changedFields(before, after, EDITABLE);
        for (String field : changed) {
            history.record(id, field, MergePatch.valueOf(before, field), MergePatch.valueOf(after, field),
                    caller.subject(), now);
        }
        if (!changed.isEmpty()) {
            ProfileMapping.apply(edited, org);
            org.updatedAt = now;
            events.updated(org, changed, caller.subject());
            Organization.getEntityManager().flush(); // the version the answer's ETag names
        }
        return org;
    }
}
