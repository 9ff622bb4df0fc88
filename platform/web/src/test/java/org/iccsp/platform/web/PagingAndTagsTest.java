package org.iccsp.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingAndTagsTest {
    @Test
    void cursorRoundTripsAndRefusesForeignValues() {
        Cursor cursor = Cursor.of("pledges", "2026-12-07T10:00:00Z", "pledge-1");
        Cursor read = Cursor.decode(cursor.encode(), "pledges", 2);
        assertEquals(List.of("2026-12-07T10:00:00Z", "pledge-1"), read.key());
        assertNull(Cursor.decode(null, "pledges", 2));
        assertEquals("cursor", assertThrows(ProblemException.class, () -> Cursor.decode(cursor.encode(), "events", 2))
                .problem().errors().get(0).field());
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode(cursor.encode(), "pledges", 3))
                .problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode("zzz!", "pledges", 2))
                .problem().status());
        assertThrows(IllegalArgumentException.class, () -> Cursor.of("x", "a\u001fb"));
    }

    @Test
    void ifMatchFollowsRfc9110() {
        String current = EntityTags.ofVersion(3);
        assertEquals("\"v3\"", current);
        assertDoesNotThrow(() -> EntityTags.checkIfMatch(null, current, false));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("*", current, true));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"v1\", \"v3\"", current, true));
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.checkIfMatch(null, current, true))
                .problem().status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.checkIfMatch("\"nonsense\"", current, false))
                .problem().status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.checkIfMatch("W/\"v3\"", current, false))
                .problem().status());
        assertEquals(EntityTags.ofParts("a", 1), EntityTags.ofParts("a", 1));
        assertNotEquals(EntityTags.ofParts("a", 1), EntityTags.ofParts("a1"));
    }
}
