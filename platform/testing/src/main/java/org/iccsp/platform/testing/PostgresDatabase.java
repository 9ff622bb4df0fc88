package org.iccsp.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database for one test application: created on the PostgreSQL server at
 * ICCSP_TEST_PG_HOST:ICCSP_TEST_PG_PORT (default 127.0.0.1:5432, user postgres) when one answers,
 * otherwise on an embedded PostgreSQL started once per JVM (zonky binaries, which run as root).
 */
public record PostgresDatabase(String jdbcUrl, String username, String password, String name) {
    private static EmbeddedPostgres embedded;

    public static PostgresDatabase create(String prefix) {
        String name = (prefix + "_test_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        String host = env("ICCSP_TEST_PG_HOST", "127.0.0.1");
        String port = env("ICCSP_TEST_PG_PORT", "5432");
        String user = env("ICCSP_TEST_PG_USER", "postgres");
        String password = env("ICCSP_TEST_PG_PASSWORD", "postgres");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            exec(admin, "create database " + name);
            return new PostgresDatabase(server + name, user, password, name);
        } catch (SQLException unreachable) {
            return onEmbedded(name);
        }
    }

    /** Drops the database; connections still open (the app's pool) are terminated. */
    public void drop() {
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", username, password)) {
            exec(admin, "drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static synchronized PostgresDatabase onEmbedded(String name) {
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            try (Connection admin = embedded.getPostgresDatabase().getConnection()) {
                exec(admin, "create database " + name);
            }
            return new PostgresDatabase(embedded.getJdbcUrl("postgres", name), "postgres", "postgres", name);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("no PostgreSQL server on 127.0.0.1:5432 and the embedded one failed", e);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
