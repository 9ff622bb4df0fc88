package org.iccsp.platform.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's two commands together: `./iccsp up` holds the applications' HTTP ports (8080-8084 as
 * deploy/local-stack/stack.properties sets them; read from there) while `./mvnw
 * verify` runs every module's {@code @QuarkusTest}s. Before this application starts, the ports of the
 * local stack that are free are bound here (the others are held by a running stack already), so a test
 * JVM that listened on Quarkus's default test port 8081 (surefire's quarkus.http.test-port=0 removed)
 * fails to start this class.
 */
@QuarkusTest
@WithTestResource(StackPortsHeldTest.HoldStackPorts.class)
class StackPortsHeldTest {
    static final List<Integer> STACK_PORTS = applicationPorts();

    /** @return the HTTP port of each application (kind quarkus-app) of deploy/local-stack/stack.properties */
    static List<Integer> applicationPorts() {
        Path file = Path.of(System.getProperty("iccsp.root", "../.."), "deploy/local-stack/stack.properties");
        Properties stack = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            stack.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Integer> ports = Stream.of(stack.getProperty("components").trim().split("\\s+"))
                .filter(c -> "quarkus-app".equals(stack.getProperty(c + ".kind")))
                .map(c -> Integer.valueOf(stack.getProperty(c + ".port").trim())).toList();
        assertEquals(5, ports.size(), file + ": the gateway and the four services");
        return ports;
    }

    /** Binds each application port of the stack that is free, on every interface, as the stack's applications do. */
    public static class HoldStackPorts implements QuarkusTestResourceLifecycleManager {
        private final List<ServerSocket> held = new ArrayList<>();

        @Override
        public Map<String, String> start() {
            for (int port : STACK_PORTS) {
                try {
                    held.add(new ServerSocket(port));
                } catch (IOException taken) {
                    // a running local stack (or another process) holds it already: as good for this test
                }
            }
            return Map.of();
        }

        @Override
        public void stop() {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket we own: nothing left to do
                }
            }
        }
    }

    @TestHTTPResource("/echo")
    URL echo;

    @Test
    void theApplicationListensBesideTheStack() {
        for (int port : STACK_PORTS) {
            assertTrue(acceptsConnections(port), "port " + port + " should be held during this test");
        }
        assertFalse(STACK_PORTS.contains(echo.getPort()), "the test application listens on " + echo.getPort());
        assertEquals(200, given().when().get(echo).then().extract().statusCode());
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
