package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.junit.jupiter.api.Test;

/** The sentences after an action: in the page's language, with the names and each language's plural forms. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ActionMessagesTest {

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void anOrganiserIsToldTheSessionWasAddedInHebrew() {
        String said = RegistrationPagesTest.withCsrf(given().when().get("/organiser/events/ev-1"))
                .formParam("session-title", "Youth <exchange>").formParam("session-kind", "session")
                .formParam("session-audience", "mixed").formParam("session-startsAt", "2026-05-04T11:00")
                .formParam("session-endsAt", "2026-05-04T12:30").formParam("session-capacity", "12")
                .queryParam("lang", "he").when().post("/organiser/events/ev-1/sessions")
                .then().statusCode(303).extract().cookie(Flash.COOKIE);
        assertEquals("המושב „Youth <exchange>” נוסף ללוח הזמנים.", URLDecoder.decode(said, StandardCharsets.UTF_8));
    }

    @Test
    void whatAReleaseWillAnnounceTakesThePluralFormsOfEachLanguage() {
        assertEquals("1 pledge from 1 government will be announced.", willAnnounce("en", 1, 1));
        assertEquals("4 pledges from 3 governments will be announced.", willAnnounce("en", 4, 3));
        assertEquals("1 engagement de 1 gouvernement sera annoncé.", willAnnounce("fr", 1, 1));
        assertEquals("2 engagements de 2 gouvernements seront annoncés.", willAnnounce("fr", 2, 2));
        assertEquals("שתי התחייבויות מממשלה אחת יוכרזו.", willAnnounce("he", 2, 1));
        assertEquals("התחייבות אחת מממשלה אחת תוכרז.", willAnnounce("he", 1, 1));
        assertEquals("سيُعلن تعهد واحد من حكومة واحدة.", willAnnounce("ar", 1, 1));
        assertEquals("سيُعلن تعهدان من حكومتين.", willAnnounce("ar", 2, 2));
    }

    private static String willAnnounce(String lang, int pledges, int governments) {
        return Sentences.say(Sentences.in(lang).willAnnounceSaid(), lang, "pledges", pledges, "governments", governments);
    }
}
