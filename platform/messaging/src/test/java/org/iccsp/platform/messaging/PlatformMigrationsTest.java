package org.iccsp.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabase;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * A database migrated before V0_2 existed (platform V0_1, then the service's V1) still gets V0_2 with
 * the platform's Flyway settings, and would not without out-of-order (docs/adr/0005).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class PlatformMigrationsTest {
    @ConfigProperty(name = "quarkus.flyway.out-of-order")
    boolean outOfOrder;

    @Test
    void aNewPlatformMigrationReachesADatabaseWithLaterServiceMigrations() throws Exception {
        assertTrue(outOfOrder, "every service inherits out-of-order from platform-messaging");
        PostgresDatabase db = PostgresDatabase.create("migrations");
        Path dir = Files.createTempDirectory("iccsp-migrations-");
        try {
            Path before = Files.createDirectories(dir.resolve("before"));
            try (InputStream v01 = getClass().getResourceAsStream("/db/platform/V0_1__platform_messaging.sql")) {
                Files.copy(v01, before.resolve("V0_1__platform_messaging.sql"));
            }
            Path service = Files.createDirectories(dir.resolve("service"));
            Files.writeString(service.resolve("V1__service.sql"), "create table service_thing (id int primary key);\n");
            Files.copy(service.resolve("V1__service.sql"), before.resolve("V1__service.sql"));
            flyway(db, false, "filesystem:" + before).migrate();

            FlywayException refused = assertThrows(FlywayException.class,
                    () -> flyway(db, false, "classpath:db/platform", "filesystem:" + service).migrate());
            assertTrue(refused.getMessage().contains("0.2"), refused.getMessage());

            flyway(db, outOfOrder, "classpath:db/platform", "filesystem:" + service).migrate();
            assertEquals("0.2", appliedOutOfOrder(db));
        } finally {
            db.drop();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Flyway flyway(PostgresDatabase db, boolean outOfOrder, String... locations) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations(locations).outOfOrder(outOfOrder).load();
    }

    private static String appliedOutOfOrder(PostgresDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet column = c.createStatement().executeQuery(
                        "select 1 from information_schema.columns where table_name = 'outbox_event' and column_name = 'trace_context'");
                ResultSet last = c.createStatement().executeQuery(
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            assertTrue(column.next(), "V0_2 added outbox_event.trace_context");
            assertTrue(last.next());
            return last.getString(1);
        }
    }
}
