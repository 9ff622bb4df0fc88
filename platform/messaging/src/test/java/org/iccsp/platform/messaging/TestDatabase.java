package org.iccsp.platform.messaging;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC connections beside the application's pool: to its database, or to the server's "postgres". */
@Singleton
public class TestDatabase {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    public Connection open() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    public Connection openServer() throws SQLException {
        return DriverManager.getConnection(jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres", user, password);
    }

    public String name() {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }
}
