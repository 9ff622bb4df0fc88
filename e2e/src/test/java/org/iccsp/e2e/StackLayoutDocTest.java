package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.platform.testing.ProjectLayout;
import org.iccsp.platform.testing.StackLayout;
import org.junit.jupiter.api.Test;

/**
 * docs/running-locally.md says what deploy/local-stack/stack.properties says: its table "What `up` starts"
 * names each component's ports, and every address with a port elsewhere in it is one of the stack's; the
 * applications' default ports are theirs in the file.
 */
class StackLayoutDocTest {
    static final String DOC = "docs/running-locally.md";
    /** The table's first column, for the infrastructure; the applications are named as in the file. */
    static final Map<String, String> ROW_NAMES = Map.of("PostgreSQL", "postgres", "Kafka", "kafka", "Keycloak", "keycloak",
            "SMTP capture", "smtp");
    /** A port number: 4 or 5 digits, not part of a version or a longer number. */
    static final Pattern PORT = Pattern.compile("(?<![\\d.])\\d{4,5}(?![\\d.])");
    /** Ports of what the stack does not run, named in the doc as examples (an OTLP collector of your own). */
    static final Set<Integer> NOT_THE_STACKS = Set.of(4317);

    final StackLayout layout = StackLayout.load(0);

    @Test
    void theTableNamesEachComponentsPortsAsStackPropertiesDoes() throws Exception {
        Map<String, Set<Integer>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(ProjectLayout.root().resolve(DOC))) {
            if (!line.startsWith("| ")) {
                continue;
            }
            String name = line.substring(2, line.indexOf(" |", 1)).trim();
            String component = ROW_NAMES.getOrDefault(name, name);
            if (!layout.components().contains(component)) {
                continue;
            }
            Set<Integer> ports = new TreeSet<>();
            Matcher port = PORT.matcher(line);
            while (port.find()) {
                ports.add(Integer.parseInt(port.group()));
            }
            documented.put(component, ports);
        }
        Map<String, Set<Integer>> described = new TreeMap<>();
        layout.components().forEach(c -> described.put(c, new TreeSet<>(layout.basePorts(c).values())));
        assertEquals(described, documented, DOC + "'s table against " + StackLayout.FILE);
    }

    @Test
    void everyAddressInTheDocUsesAPortOfTheStack() throws Exception {
        assertTrue(addressesUseStackPorts(DOC, "(?:localhost|127\\.0\\.0\\.1|`|\\s)") > 10, "the doc's addresses were found");
    }

    /**
     * The applications' own defaults (their application.properties, which the Kubernetes manifests rely on, and
     * the platform's defaults) are the stack's ports; ./iccsp env overrides them all with the shifted ones.
     */
    @Test
    void theApplicationsDefaultPortsAreTheirPortsInTheStack() throws Exception {
        for (String application : layout.applications()) {
            String config = application + "/src/main/resources/application.properties";
            String text = Files.readString(ProjectLayout.root().resolve(config));
            assertTrue(text.contains("\nquarkus.http.port=" + layout.httpPort(application) + "\n"), config + ": quarkus.http.port");
            assertTrue(text.contains("\nquarkus.management.port=" + layout.managementPort(application) + "\n"), config + ": quarkus.management.port");
            addressesUseStackPorts(config, "(?:localhost|127\\.0\\.0\\.1)");
        }
        assertTrue(Files.readString(ProjectLayout.root().resolve("notification-service/src/main/resources/application.properties"))
                .contains("\nquarkus.mailer.port=" + layout.port("smtp.port") + "\n"), "notification-service: quarkus.mailer.port");
        for (String platform : new String[] {"messaging", "web"}) {
            assertEquals(1, addressesUseStackPorts("platform/" + platform + "/src/main/resources/META-INF/microprofile-config.properties",
                    "(?:localhost|127\\.0\\.0\\.1)"), platform);
        }
    }

    /** @return how many addresses host:port the file holds (all of them checked: a port of the stack) */
    int addressesUseStackPorts(String file, String before) throws Exception {
        Set<Integer> known = new TreeSet<>(NOT_THE_STACKS);
        layout.components().forEach(c -> known.addAll(layout.basePorts(c).values()));
        known.addAll(layout.basePorts("dev").values());
        Matcher address = Pattern.compile(before + ":(\\d{4,5})(?!\\d)").matcher(Files.readString(ProjectLayout.root().resolve(file)));
        int addresses = 0;
        while (address.find()) {
            addresses++;
            assertTrue(known.contains(Integer.parseInt(address.group(1))), address.group() + " in " + file + " is no port of " + StackLayout.FILE);
        }
        return addresses;
    }
}
