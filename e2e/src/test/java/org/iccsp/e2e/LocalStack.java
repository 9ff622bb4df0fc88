package org.iccsp.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.iccsp.platform.testing.ProjectLayout;
import org.iccsp.platform.testing.StackLayout;

/**
 * The stack `./iccsp up` starts, in a state dir and port range of its own (offset 10000, or
 * {@code ICCSP_E2E_PORT_OFFSET}) so it never meets a developer's running stack, with a private
 * PostgreSQL cluster that the fault tests may stop and start. Its jars are the ones this reactor
 * build just packaged. Test classes reach it through {@link RealStack}: one start per test JVM.
 */
final class LocalStack {
    static final int OFFSET = offset();
    /** Components, ports (shifted by OFFSET) and databases: deploy/local-stack/stack.properties, as ./iccsp reads it. */
    static final StackLayout LAYOUT = StackLayout.load(OFFSET);
    static final String GATEWAY = "http://localhost:" + LAYOUT.httpPort("gateway");
    static final String KEYCLOAK = "http://localhost:" + LAYOUT.port("keycloak.port");
    static final String MAIL_API = "http://127.0.0.1:" + LAYOUT.port("smtp.api.port");
    static final String KAFKA = "127.0.0.1:" + LAYOUT.port("kafka.port");
    static final int POSTGRES_PORT = LAYOUT.port("postgres.port");
    static final Path STATE = ProjectLayout.root().resolve(".iccsp/e2e-stack");

    private LocalStack() {
    }

    /**
     * Fresh data every run: the suite never depends on what an earlier run left behind.
     * {@code ICCSP_E2E_REUSE_STACK=1} instead keeps a stack left running by {@code ICCSP_E2E_KEEP_STACK=1}
     * (with its data) and only starts what is missing: for iterating on one test class.
     */
    static void up() {
        if ("1".equals(System.getenv("ICCSP_E2E_REUSE_STACK"))) {
            run(List.of("up"), 420);
            return;
        }
        run(List.of("down"), 120); // a stack left running by an interrupted run
        run(List.of("up", "--fresh"), 420);
    }

    static void down() {
        if (!"1".equals(System.getenv("ICCSP_E2E_KEEP_STACK"))) {
            run(List.of("down"), 120);
        }
    }

    /** `./iccsp up` again: starts whatever component has died (a fault test killed it), waits until all are ready. */
    static void heal() {
        run(List.of("up"), 300);
    }

    /** `./iccsp kill`: SIGKILL of one component's process group, as a crash would; {@link #heal()} restarts it. */
    static void kill(String component) {
        run(List.of("kill", component), 30);
    }

    /** `./iccsp stop`: the clean shutdown of one component (PostgreSQL: fast shutdown); {@link #heal()} restarts it. */
    static void stop(String component) {
        run(List.of("stop", component), 60);
    }

    /** The pid `./iccsp up` recorded for a component (its pid file: pid and start time). */
    static long pid(String component) {
        try {
            return Long.parseLong(Files.readString(STATE.resolve("pids/" + component + ".pid")).split(" ")[0].strip());
        } catch (IOException e) {
            throw new IllegalStateException(component + " has no pid file", e);
        }
    }

    /** @return an application's management root (health, metrics), e.g. http://127.0.0.1:19080/q at offset 10000 */
    static String management(String application) {
        return "http://127.0.0.1:" + LAYOUT.managementPort(application) + "/q";
    }

    private static int offset() {
        String configured = System.getenv("ICCSP_E2E_PORT_OFFSET");
        return configured == null || configured.isBlank() ? 10_000 : Integer.parseInt(configured.strip());
    }

    static void run(List<String> args, int timeoutSeconds) {
        Path root = ProjectLayout.root();
        Path log = root.resolve("e2e/target/iccsp-" + args.get(0) + ".log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder();
            builder.command().add(root.resolve("iccsp").toString());
            builder.command().addAll(args);
            builder.directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(Map.of(
                    "ICCSP_STATE_DIR", STATE.toString(),
                    "ICCSP_PORT_OFFSET", String.valueOf(OFFSET),
                    "ICCSP_DB_PREFIX", "e2e_",
                    "ICCSP_PRIVATE_PG", "1",
                    "ICCSP_NO_BUILD", "1"));
            Process process = builder.start();
            // ICCSP_WAIT_FACTOR (./iccsp's too) stretches every wait on a machine busy with other builds
            int factor = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("ICCSP_WAIT_FACTOR", "1").trim()));
            if (!process.waitFor((long) timeoutSeconds * factor, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("iccsp " + args + " timed out; see " + log + "\n" + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("iccsp " + args + " failed; see " + log + "\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
