package org.iccsp.pledge.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.iccsp.pledge.announcement.domain.AnnouncementStatus;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.pledge.announcement.persistence.CommuniqueText;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The announcement's lifecycle, draft → ready → approved (two admins, one version) → released | withdrawn, without Quarkus. */
class AnnouncementStateTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final OffsetDateTime now = OffsetDateTime.now(clock);

    private Announcement draft() {
        Map<String, CommuniqueText> texts = new LinkedHashMap<>();
        texts.put("en", new CommuniqueText("Ceasefire communiqué", "The consortium welcomes..."));
        texts.put("ar", new CommuniqueText("بيان وقف إطلاق النار", "يرحب الاتحاد..."));
        return Announcement.draft("announcement-1", new Announcement.Content(texts, "en", null, "ceasefire-announced",
                Set.of("embargo-1"), Set.of("SA")), "admin-carol", now);
    }

    private Announcement approved() {
        Announcement a = draft();
        a.markReady(Map.of(), now);
        a.approve("carol", "admin-carol", "digest-1", now);
        a.approve("dana", "admin-dana", "digest-1", now.plusMinutes(1));
        return a;
    }

    private static int status(ProblemException e) {
        return e.problem().status();
    }

    @Test
    void aDraftNeedsItsAuthoritativeText() {
        Announcement a = draft();
        assertEquals(AnnouncementStatus.DRAFT, a.state());
        assertEquals("Ceasefire communiqué", a.title());
        ProblemException missing = assertThrows(ProblemException.class, () -> Announcement.draft("a-2",
                new Announcement.Content(Map.of("fr", new CommuniqueText("t", "b")), "en", null, "x", Set.of(), Set.of()),
                "admin", now));
        assertEquals(422, status(missing));
        ProblemException past = assertThrows(ProblemException.class, () -> Announcement.draft("a-3",
                new Announcement.Content(Map.of("en", new CommuniqueText("t", "b")), "en", now, null, Set.of(), Set.of()),
                "admin", now));
        assertEquals(400, status(past));
    }

    @Test
    void readyOnlyWhenComplete() {
        Announcement a = draft();
        ProblemException incomplete = assertThrows(ProblemException.class,
                () -> a.markReady(Map.of("embargoIds[0]", "the embargo seals no pledge yet"), now));
        assertEquals(422, status(incomplete));
        assertEquals(AnnouncementStatus.DRAFT, a.state());
        Announcement noTime = Announcement.draft("a-4", new Announcement.Content(Map.of("en", new CommuniqueText("t", "b")),
                "en", null, null, Set.of("e"), Set.of()), "admin", now);
        assertEquals(422, status(assertThrows(ProblemException.class, () -> noTime.markReady(Map.of(), now))));
        a.markReady(Map.of(), now);
        assertEquals(AnnouncementStatus.READY, a.state());
        assertEquals(now, a.readyAt);
    }

    @Test
    void twoDifferentAdminsApproveTheSameVersion() {
        Announcement a = draft();
        assertEquals(409, status(assertThrows(ProblemException.class, () -> a.approve("carol", "c", "d", now))),
                "a draft is not approved");
        a.markReady(Map.of(), now);
        assertEquals(Announcement.Approval.FIRST, a.approve("carol", "admin-carol", "digest-1", now));
        assertEquals(AnnouncementStatus.READY, a.state());
        ProblemException twice = assertThrows(ProblemException.class, () -> a.approve("carol", "admin-carol", "digest-1", now));
        assertEquals(409, status(twice));
        assertTrue(twice.getMessage().contains("second, different admin"), twice.getMessage());
        ProblemException changed = assertThrows(ProblemException.class, () -> a.approve("dana", "admin-dana", "digest-2", now));
        assertEquals(409, status(changed));
        assertEquals(AnnouncementStatus.READY, a.state());
        assertNull(a.secondApprovedBy);
        assertEquals(Announcement.Approval.SECOND, a.approve("dana", "admin-dana", "digest-1", now.plusMinutes(1)));
        assertEquals(AnnouncementStatus.APPROVED, a.state());
        assertEquals(409, status(assertThrows(ProblemException.class, () -> a.approve("erin", "e", "digest-1", now))));
    }

    @Test
    void anyChangeVoidsTheApprovals() {
        Announcement a = approved();
        int revision = a.revision;
        a.change(new Announcement.Content(null, null, null, "g7-working-session", null, null), now);
        assertEquals(AnnouncementStatus.DRAFT, a.state());
        assertEquals(revision + 1, a.revision);
        assertNull(a.firstApprovedBy);
        assertNull(a.secondApprovedBy);
        assertNull(a.firstApprovedDigest);
        assertEquals("g7-working-session", a.trigger);
        assertEquals(409, status(assertThrows(ProblemException.class, () -> a.release("carol", "digest-1", now))));
    }

    @Test
    void readyAgainVoidsTheApprovals() {
        Announcement a = draft();
        a.markReady(Map.of(), now);
        a.approve("carol", "admin-carol", "digest-1", now);
        a.markReady(Map.of(), now.plusMinutes(2));
        assertNull(a.firstApprovedBy);
        assertEquals(Announcement.Approval.FIRST, a.approve("dana", "admin-dana", "digest-2", now));
    }

    @Test
    void releasedOnceOnlyWhenApprovedAndUnchanged() {
        Announcement unapproved = draft();
        unapproved.markReady(Map.of(), now);
        ProblemException notApproved = assertThrows(ProblemException.class, () -> unapproved.release("carol", "d", now));
        assertEquals(409, status(notApproved));
        assertTrue(notApproved.getMessage().contains("not approved"), notApproved.getMessage());

        Announcement a = approved();
        assertEquals(409, status(assertThrows(ProblemException.class, () -> a.release("carol", "digest-other", now))),
                "a pledge sealed after the approval changed what would be released");
        assertEquals(AnnouncementStatus.APPROVED, a.state());
        a.release("carol", "digest-1", now.plusHours(1));
        assertTrue(a.isReleased());
        assertEquals(now.plusHours(1), a.releasedAt);
        ProblemException again = assertThrows(ProblemException.class, () -> a.release("dana", "digest-1", now.plusHours(2)));
        assertEquals(409, status(again));
        assertEquals("carol", a.releasedBy);
        assertEquals(409, status(assertThrows(ProblemException.class,
                () -> a.change(new Announcement.Content(null, null, null, "x", null, null), now))));
        assertEquals(409, status(assertThrows(ProblemException.class, () -> a.withdraw("carol", "late", now))));
    }

    @Test
    void aWithdrawnAnnouncementIsNeverReleased() {
        Announcement a = approved();
        assertEquals(400, status(assertThrows(ProblemException.class, () -> a.withdraw("carol", " ", now))));
        a.withdraw("carol", "the ceasefire did not hold", now);
        assertEquals(AnnouncementStatus.WITHDRAWN, a.state());
        assertFalse(a.state().isPending());
        ProblemException release = assertThrows(ProblemException.class, () -> a.release("dana", "digest-1", now));
        assertEquals(409, status(release));
        assertTrue(release.getMessage().contains("withdrawn"), release.getMessage());
    }

    @Test
    void dueAtItsReleaseTimeOnceApproved() {
        Announcement a = Announcement.draft("a-5", new Announcement.Content(Map.of("fr", new CommuniqueText("t", "b")),
                "fr", now.plusHours(1), null, Set.of(), Set.of("QA")), "admin", now);
        assertFalse(a.isDue(now.plusHours(2)), "a draft is never due");
        a.markReady(Map.of(), now);
        a.approve("carol", "c", "d", now);
        a.approve("dana", "d", "d", now);
        assertFalse(a.isDue(now.plusMinutes(59)));
        assertTrue(a.isDue(now.plusHours(1)));
    }
}
