package org.iccsp.platform.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real single-node KRaft broker in its own JVM, started once per test JVM and killed when the
 * JVM exits. Its classpath comes from deploy/local-stack (target/kafka-libs), built earlier in the
 * reactor; a separate process keeps the broker's threads and logging out of the service under test.
 */
public final class KafkaBroker {
    private static KafkaBroker instance;

    private final Process process;
    private final String bootstrapServers;

    private KafkaBroker(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    public static synchronized KafkaBroker shared() {
        if (instance == null || !instance.process.isAlive()) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "kafka-broker-stop"));
        }
        return instance;
    }

    /** A broker of the caller's own (a test that stops it must not take the shared one down); stopped at JVM exit. */
    public static KafkaBroker dedicated() {
        KafkaBroker broker = start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-broker-stop"));
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static KafkaBroker start() {
        try {
            Path root = ProjectLayout.root();
            Path libs = root.resolve("deploy/local-stack/target/kafka-libs");
            if (!Files.isDirectory(libs)) {
                throw new IllegalStateException("no Kafka broker classpath at " + libs
                        + ": build deploy/local-stack first (./mvnw -f deploy/local-stack generate-resources)");
            }
            Path dir = Files.createTempDirectory("iccsp-test-kafka-");
            int port = freePort();
            int controllerPort = freePort();
            Path config = dir.resolve("server.properties");
            Files.writeString(config, brokerConfig(dir.resolve("data"), port, controllerPort));
            Path log4j = dir.resolve("log4j2.properties");
            Files.writeString(log4j, "status = warn\nrootLogger.level = WARN\nappender.f.type = File\n"
                    + "appender.f.name = F\nappender.f.fileName = " + dir.resolve("broker.log") + "\n"
                    + "appender.f.layout.type = PatternLayout\nappender.f.layout.pattern = [%d] %p %m (%c)%n\n"
                    + "rootLogger.appenderRef.f.ref = F\n");
            String java = ProcessHandle.current().info().command().orElse("java");
            String classpath = libs + "/*";
            run(List.of(java, "-Xmx128m", "-cp", classpath, "kafka.tools.StorageTool", "format", "-g", "--standalone",
                    "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c", config.toString()),
                    dir.resolve("format.log"));
            List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath,
                    "kafka.Kafka", config.toString()));
            if (Runtime.version().feature() >= 22) {
                command.add(1, "--enable-native-access=ALL-UNNAMED");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            String bootstrap = "127.0.0.1:" + port;
            awaitListening(process, port, dir);
            KafkaBroker broker = new KafkaBroker(process, bootstrap);
            broker.createTopics(root.resolve("deploy/kafka/topics.txt"));
            return broker;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test Kafka broker", e);
        }
    }

    /** Topics from deploy/kafka/topics.txt, with their partitions, so tests see production's layout. */
    private void createTopics(Path topicsFile) throws IOException {
        List<NewTopic> topics = Files.readAllLines(topicsFile).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+"))
                .map(p -> new NewTopic(p[0], Integer.parseInt(p[1]), (short) 1))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on the test broker", e);
        }
    }

    private static String brokerConfig(Path data, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", data.toString());
        for (String rf : List.of("offsets.topic.replication.factor", "share.coordinator.state.topic.replication.factor",
                "transaction.state.log.replication.factor", "default.replication.factor")) {
            p.put(rf, "1");
        }
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.dedupe.buffer.size", "16777216");
        p.put("broker.session.timeout.ms", "3000");
        p.put("broker.heartbeat.interval.ms", "500");
        StringBuilder out = new StringBuilder();
        p.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("command failed: " + command + "\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitListening(Process process, int port, Path dir) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited: see " + dir.resolve("stdout.log") + "\n"
                        + Files.readString(dir.resolve("stdout.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Kafka broker not listening on " + port + " within 60 s; logs in " + dir);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
