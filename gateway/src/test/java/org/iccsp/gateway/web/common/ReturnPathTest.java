package org.iccsp.gateway.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void aPathOfThisSiteIsKeptWithItsQuery() {
        assertEquals(Optional.of("/events?q=water&lang=ar"), ReturnPath.of("/events?q=water&lang=ar"));
        assertEquals(Optional.of("/"), ReturnPath.of("/"));
        assertEquals(Optional.of("/directory/organizations/org-1"), ReturnPath.of("/directory/organizations/org-1#top"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteIsRefused() {
        for (String elsewhere : new String[] {null, "", "//evil.example", "///evil.example", "https://evil.example/",
                "http:/evil.example", "/\\evil.example", "\\/evil.example", "javascript:alert(1)", "evil.example",
                "/\t/evil.example", "/\n/evil.example", " /events", "/events ", "/login?return=//evil.example",
                "/logout", "/" + "a".repeat(ReturnPath.MAX_LENGTH), "/%zz"}) {
            assertTrue(ReturnPath.of(elsewhere).isEmpty(), String.valueOf(elsewhere));
        }
    }

    @Test
    void aReturnPathStillEncodedAfterTheCodeFlowIsDecodedOnceThenChecked() {
        assertEquals(Optional.of("/events?q=water"), ReturnPath.fromLogin("%2Fevents%3Fq%3Dwater"));
        assertEquals(Optional.of("/events?q=water"), ReturnPath.fromLogin("/events?q=water"));
        assertTrue(ReturnPath.fromLogin("%2F%2Fevil.example").isEmpty());
        assertTrue(ReturnPath.fromLogin("%2f%5cevil.example").isEmpty());
        assertTrue(ReturnPath.fromLogin("%2F%zz").isEmpty());
    }

    @Test
    void theSignInLinkCarriesThePageEncoded() {
        assertEquals("/login?return=%2Fevents%3Fq%3Dwater", ReturnPath.signInLink("/events?q=water"));
        assertEquals("/login", ReturnPath.signInLink("/"));
        assertEquals("/login", ReturnPath.signInLink("//evil.example"));
        assertEquals("/login?return=%2Fevents", new Chrome("en", "ltr", false, null, false, false, false, false,
                "/events?lang=").signInLink());
        assertEquals("/login?return=%2Fdirectory%3Fq%3Dx", new Chrome("ar", "rtl", false, null, false, false, false, false,
                "/directory?q=x&lang=").signInLink());
        assertEquals("/login", new Chrome("en", "ltr", false, null, false, false, false, false, "?lang=").signInLink());
    }
}
