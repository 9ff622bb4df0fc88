package org.iccsp.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.iccsp.platform.testing.KafkaBroker;
import org.iccsp.platform.testing.Management;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.ServiceContract;
import org.junit.jupiter.api.Test;

/**
 * What the extensions give every service, proven rather than assumed: /q/health/ready is UP only
 * while the database (Agroal's check) and Kafka (SmallRye Reactive Messaging's check of each channel)
 * answer. Runs against a broker of its own, which it stops.
 */
@QuarkusTest
@TestProfile(ReadinessTest.OwnBroker.class)
class ReadinessTest {
    static final String DATABASE_CHECK = ServiceContract.DATABASE_CHECK;
    static final String MESSAGING_CHECK = ServiceContract.MESSAGING_CHECK;

    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DedicatedBroker.class), new TestResourceEntry(PostgresDatabaseResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class DedicatedBroker implements QuarkusTestResourceLifecycleManager {
        static KafkaBroker broker;

        @Override
        public Map<String, String> start() {
            broker = KafkaBroker.dedicated();
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        }

        @Override
        public void stop() {
            broker.stop();
        }
    }

    @Inject
    TestDatabase database;

    @Test
    void readyOnlyWhileTheDatabaseAndKafkaAnswer() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(Management.url("/health/ready")).then()
                .statusCode(200).body("checks.name", hasItems(DATABASE_CHECK, MESSAGING_CHECK)));

        cutOffDatabase(true);
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(Management.url("/health/ready")).then()
                    .statusCode(503).body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN")));
        } finally {
            cutOffDatabase(false);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(Management.url("/health/ready")).then()
                .statusCode(200));

        DedicatedBroker.broker.stop();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().when().get(Management.url("/health/ready")).then()
                .statusCode(503).body("checks.find { it.name == '" + MESSAGING_CHECK + "' }.status", equalTo("DOWN")));
    }

    /** As a database outage looks to the pool: new connections refused, open ones gone. */
    private void cutOffDatabase(boolean off) throws Exception {
        try (Connection admin = database.openServer(); Statement sql = admin.createStatement()) {
            sql.execute("alter database " + database.name() + " with allow_connections " + !off);
            if (off) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database.name() + "'");
            }
        }
    }
}
