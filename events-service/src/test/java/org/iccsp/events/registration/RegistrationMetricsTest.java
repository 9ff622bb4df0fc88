package org.iccsp.events.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.messaging.RegistrationPublisher;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.events.registration.persistence.RegistrationsByStatus;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.MetricsScrape;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** iccsp_registrations{status} follows registrations; confirmations and waitlistings are counted as they commit. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class RegistrationMetricsTest {
    @Inject
    EventPlanner planner;
    @Inject
    Registrar registrar;
    @Inject
    RegistrationsByStatus registrations;

    static double inStatus(String status) {
        return MetricsScrape.now().value("iccsp_registrations", "status", status);
    }

    static double published(String status) {
        return MetricsScrape.now().value("iccsp_events_published_total", "type", RegistrationPublisher.typeOf(status));
    }

    @Test
    void confirmedAndWaitlistedRegistrationsAreCountedAndGauged() {
        UUID event = planner.schedule(Actors.event("Metrics convening", Visibility.PUBLIC, 1).command(),
                Actors.ORGANISER).id;
        registrations.sample();
        double confirmed = inStatus("confirmed");
        double waitlisted = inStatus("waitlisted");
        double offered = inStatus("offered");
        double confirmations = published("confirmed");
        double waitlistings = published("waitlisted");

        Registration first = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-metrics")));
        Registration second = registrar.register(event, Actors.SELF.command(),
                Actors.cso(Actors.unique("cso-metrics")));
        assertEquals("confirmed", first.status);
        assertEquals("waitlisted", second.status);
        registrations.sample();
        assertEquals(confirmed + 1, inStatus("confirmed"));
        assertEquals(waitlisted + 1, inStatus("waitlisted"));
        assertEquals(confirmations + 1, published("confirmed"));
        assertEquals(waitlistings + 1, published("waitlisted"));

        registrar.cancel(first.id, Actors.cso(first.registrantSubject));
        registrations.sample();
        assertEquals(confirmed, inStatus("confirmed"));
        assertEquals(waitlisted, inStatus("waitlisted"), "the waitlisted one was offered the freed place");
        assertEquals(offered + 1, inStatus("offered"));
    }
}
