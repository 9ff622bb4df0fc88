package org.iccsp.pledge.pledge;

import static org.awaitility.Awaitility.await;
import static org.iccsp.pledge.PledgeFixtures.act;
import static org.iccsp.pledge.PledgeFixtures.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.pledge.pledge.persistence.PledgesByStatus;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.MetricsScrape;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** iccsp_pledges{status} follows a pledge through its states; the events it publishes are counted by type. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class PledgeMetricsTest {
    @Inject
    PledgesByStatus pledges;

    static double inStatus(String status) {
        return MetricsScrape.now().value("iccsp_pledges", "status", status);
    }

    static double published(String type) {
        return MetricsScrape.now().value("iccsp_events_published_total", "type", type);
    }

    @Test
    @TestSecurity(user = "gov-metrics", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aPledgeMovesBetweenTheStatusGaugesAndItsEventsAreCounted() {
        pledges.sample();
        double drafts = inStatus("draft");
        double submitted = inStatus("submitted");
        double announced = inStatus("announced");
        double submittedEvents = published(PledgeEvents.SUBMITTED);
        double announcedEvents = published(PledgeEvents.ANNOUNCED);

        String id = draft("250000.00", "GBP", "2026-03-02");
        pledges.sample();
        assertEquals(drafts + 1, inStatus("draft"));

        act(id, "submit").statusCode(200);
        pledges.sample();
        assertEquals(drafts, inStatus("draft"));
        assertEquals(submitted + 1, inStatus("submitted"));
        assertEquals(submittedEvents + 1, published(PledgeEvents.SUBMITTED));

        act(id, "announce").statusCode(200);
        pledges.sample();
        assertEquals(submitted, inStatus("submitted"));
        assertEquals(announced + 1, inStatus("announced"));
        assertEquals(announcedEvents + 1, published(PledgeEvents.ANNOUNCED));
        await().atMost(Duration.ofSeconds(10)).until(() -> MetricsScrape.now().value("iccsp_outbox_relayed_total",
                "topic", PledgeEvents.TOPIC) >= 2);
    }
}
