package org.iccsp.platform.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The local stack's description, deploy/local-stack/stack.properties (the file ./iccsp reads): its
 * components in start order, their kind, base ports and databases, with every port but
 * {@code postgres.shared.port} shifted by a port offset, as {@code ICCSP_PORT_OFFSET} shifts them.
 */
public final class StackLayout {
    public static final String FILE = "deploy/local-stack/stack.properties";
    /** The kind of the applications (a Quarkus jar each); the other kinds are infrastructure. */
    public static final String APPLICATION = "quarkus-app";

    private final Properties properties;
    private final int offset;

    private StackLayout(Properties properties, int offset) {
        this.properties = properties;
        this.offset = offset;
    }

    /** @param offset the port offset of the stack ({@code ICCSP_PORT_OFFSET}) */
    public static StackLayout load(int offset) {
        return load(ProjectLayout.root().resolve(FILE), offset);
    }

    public static StackLayout load(Path file, int offset) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return new StackLayout(properties, offset);
    }

    public int offset() {
        return offset;
    }

    /** @return every component, in start order */
    public List<String> components() {
        return List.of(value("components").trim().split("\\s+"));
    }

    /** @return the applications (kind quarkus-app), in start order */
    public List<String> applications() {
        return components().stream().filter(c -> APPLICATION.equals(kind(c))).toList();
    }

    public String kind(String component) {
        return value(component + ".kind");
    }

    /** @return the port named {@code key} (e.g. kafka.port), shifted by the offset */
    public int port(String key) {
        return basePort(key) + offset;
    }

    /** @return the port named {@code key} as written in the file */
    public int basePort(String key) {
        return Integer.parseInt(value(key).trim());
    }

    /** @return every port the file names for a component (its keys component.*port), as written, by key */
    public Map<String, Integer> basePorts(String component) {
        Map<String, Integer> ports = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(component + ".") && k.endsWith("port"))
                .forEach(k -> ports.put(k, basePort(k)));
        return ports;
    }

    /** @return a component's main port (an application's public HTTP port), shifted */
    public int httpPort(String component) {
        return port(component + ".port");
    }

    /** @return an application's management port (health, metrics), shifted */
    public int managementPort(String component) {
        return port(component + ".management.port");
    }

    /** @return the application's database name, without a prefix; empty for none */
    public String database(String component) {
        return properties.getProperty(component + ".database", "");
    }

    private String value(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(FILE + " has no " + key);
        }
        return value;
    }
}
