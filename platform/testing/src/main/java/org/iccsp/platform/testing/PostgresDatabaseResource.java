package org.iccsp.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application under test a database of its own, migrated by its Flyway on boot.
 * Init arg {@code prefix} names it (default "svc").
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {
    private String prefix = "svc";
    private PostgresDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("prefix", prefix);
    }

    @Override
    public Map<String, String> start() {
        database = PostgresDatabase.create(prefix);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
