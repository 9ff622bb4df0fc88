package org.iccsp.events.workinggroup.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.domain.SessionKind;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.events.workinggroup.messaging.WorkingGroupPublisher;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;
import org.iccsp.events.workinggroup.persistence.WorkingGroupOutput;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.ProblemException;

/**
 * Organisers form working groups from an event's confirmed participants and name a chair; the chair
 * (or an organiser) attaches the group's outputs. Whoever can see the event can read its groups.
 */
@ApplicationScoped
public class WorkingGroups {
    private final EventAccess access;
    private final EntityManager em;
    private final WorkingGroupPublisher publisher;
    private final Clock clock;

    public WorkingGroups(EventAccess access, EntityManager em, WorkingGroupPublisher publisher, Clock clock) {
        this.access = access;
        this.em = em;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public WorkingGroup create(WorkingGroupCommands.Create request, Caller caller) {
        requireOrganiser(caller);
        Event event = Event.findById(request.eventId());
        if (event == null) {
            throw ProblemException.invalid("eventId", "no such event " + request.eventId());
        }
        if (request.sessionId() != null) {
            EventSession session = EventSession.findById(request.sessionId());
            if (session == null || !session.eventId.equals(event.id)
                    || !SessionKind.WORKING_GROUP.code().equals(session.kind)) {
                throw ProblemException.invalid("sessionId", "not a working-group session of event " + event.id);
            }
        }
        WorkingGroup group = new WorkingGroup();
        group.id = UUID.randomUUID();
        group.eventId = event.id;
        group.sessionId = request.sessionId();
        group.name = request.name().strip();
        group.description = request.description();
        group.createdBy = caller.subject();
        group.createdAt = now();
        group.persist();
        publisher.formed(group);
        return group;
    }

    /** The working-group list's cursor name. */
    public static final String LIST = "working-groups";

    /** The cursor continuing after this group in {@link #ofEvent}. */
    public static Cursor cursorOf(WorkingGroup group) {
        return Cursor.of(LIST, group.name, group.id.toString());
    }

    /** A page of the event's working groups by name (then id): up to {@code limit + 1} after the cursor's. */
    public List<WorkingGroup> ofEvent(UUID eventId, int limit, Cursor after, Caller caller) {
        access.visible(caller, eventId);
        if (after == null) {
            return WorkingGroup.find("eventId = ?1 order by name, id", eventId).page(0, limit + 1).list();
        }
        return WorkingGroup.find("eventId = ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id", eventId,
                Keyset.text(after, 0), Keyset.id(after, 1)).page(0, limit + 1).list();
    }

    public WorkingGroup visible(UUID id, Caller caller) {
        WorkingGroup group = WorkingGroup.findById(id);
        if (group == null) {
            throw ProblemException.notFound("working group", id);
        }
        Event event = Event.findById(group.eventId);
        if (!access.canSee(caller, event)) {
            throw ProblemException.notFound("working group", id);
        }
        return group;
    }

    @Transactional
    public void addMember(UUID id, UUID registrationId, Caller caller) {
        requireOrganiser(caller);
        WorkingGroup group = existing(id);
        Registration r = Registration.findById(registrationId);
        if (r == null || !r.eventId.equals(group.eventId) || !RegistrationStatus.CONFIRMED.is(r.status)) {
            throw ProblemException.unprocessable("registrationId", "not a confirmed registration of the group's event");
        }
        if (isMember(id, registrationId)) {
            throw ProblemException.conflict("registration " + registrationId + " is already a member");
        }
        em.createNativeQuery("insert into working_group_member (working_group_id, registration_id) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, registrationId).executeUpdate();
        publisher.member(WorkingGroupPublisher.MEMBER_ADDED, group, r, caller.subject());
    }

    @Transactional
    public void removeMember(UUID id, UUID registrationId, Caller caller) {
        requireOrganiser(caller);
        WorkingGroup group = existing(id);
        if (registrationId.equals(group.chairRegistrationId)) {
            group.chairRegistrationId = null;
        }
        if (em.createNativeQuery("delete from working_group_member where working_group_id = ?1 and registration_id = ?2")
                .setParameter(1, id).setParameter(2, registrationId).executeUpdate() == 0) {
            throw ProblemException.notFound("member", registrationId);
        }
        publisher.member(WorkingGroupPublisher.MEMBER_REMOVED, group, Registration.findById(registrationId),
                caller.subject());
    }

    @Transactional
    public WorkingGroup chair(UUID id, UUID registrationId, Caller caller) {
        requireOrganiser(caller);
        WorkingGroup group = existing(id);
        if (!isMember(id, registrationId)) {
            throw ProblemException.unprocessable("registrationId", "the chair must be a member of the group");
        }
        group.chairRegistrationId = registrationId;
        publisher.member(WorkingGroupPublisher.CHAIR_NAMED, group, Registration.findById(registrationId),
                caller.subject());
        return group;
    }

    @Transactional
    public WorkingGroupOutput addOutput(UUID id, WorkingGroupCommands.Output request, Caller caller) {
        WorkingGroup group = visible(id, caller); // a 404, not a 403 that tells the group exists
        boolean chair = group.chairRegistrationId != null && Registration.count("id = ?1 and registrantSubject = ?2",
                group.chairRegistrationId, caller.subject()) > 0;
        caller.require(chair || EventAccess.isOrganiser(caller), "only the group's chair or an organiser adds outputs");
        if (blank(request.url()) && blank(request.body())) {
            throw ProblemException.invalid("body", "give the document's url, its text, or both");
        }
        WorkingGroupOutput output = new WorkingGroupOutput();
        output.id = UUID.randomUUID();
        output.workingGroupId = id;
        output.title = request.title().strip();
        output.kind = request.kind().code();
        output.url = blank(request.url()) ? null : request.url();
        output.body = blank(request.body()) ? null : request.body();
        output.addedBy = caller.subject();
        output.addedAt = now();
        output.persist();
        publisher.outputAdded(group, output);
        return output;
    }

    /** The group's members, in the order they joined, its chair flagged. */
    public List<WorkingGroupCommands.Member> members(WorkingGroup group) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.registrant_name, r.organization_id, r.government_code
                from working_group_member m join registration r on r.id = m.registration_id
                where m.working_group_id = ?1 order by m.joined_at, r.id""")
                .setParameter(1, group.id).getResultList();
        return rows.stream().map(row -> new WorkingGroupCommands.Member((UUID) row[0], (String) row[1],
                (String) row[2], (String) row[3], row[0].equals(group.chairRegistrationId))).toList();
    }

    /** The group's outputs, oldest first. */
    public List<WorkingGroupOutput> outputs(WorkingGroup group) {
        return WorkingGroupOutput.list("workingGroupId = ?1 order by addedAt", group.id);
    }

    private boolean isMember(UUID id, UUID registrationId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from working_group_member where working_group_id = ?1 and registration_id = ?2")
                .setParameter(1, id).setParameter(2, registrationId).getSingleResult()).longValue() > 0;
    }

    private static WorkingGroup existing(UUID id) {
        WorkingGroup group = WorkingGroup.findById(id);
        if (group == null) {
            throw ProblemException.notFound("working group", id);
        }
        return group;
    }

    private static void requireOrganiser(Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers manage working groups");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
