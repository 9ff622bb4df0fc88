package org.iccsp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to ready and idle RSS of each application, JVM mode with the local stack's JVM options:
 * a second instance of each (on its HTTP and management ports + 100, against the running stack's
 * PostgreSQL, Kafka and Keycloak) is started, timed until GET /q/health/ready on its management port
 * is 200, left idle and stopped. Baseline: a bare JVM with the same options running a class that
 * prints a line and sleeps.
 */
final class Startup {
    private static final List<String> APPS = List.of("directory-service", "pledge-service", "events-service",
            "notification-service", "gateway");
    private static final List<String> JVM = List.of("java", "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_STARTUP_RUNS", "3"));
    private static final long IDLE_MS = 10_000;

    private Startup() {
    }

    record Sample(double seconds, long rssKb) {
    }

    static void run() throws Exception {
        Sample jvm = median(bareJvm());
        Report report = new Report("startup", ("each application started %d times, one at a time, beside the running stack; "
                + "RSS read %d s after ready; JVM options %s").formatted(RUNS, IDLE_MS / 1000, String.join(" ", JVM.subList(1, JVM.size()))))
                .line("| application | start → ready, median s | idle RSS, median MB | start ratio to bare JVM | RSS ratio to bare JVM |")
                .line("| --- | --- | --- | --- | --- |")
                .line("| bare JVM (baseline: prints a line, sleeps) | %.2f | %.0f | 1× | 1× |".formatted(jvm.seconds, jvm.rssKb / 1024.0));
        for (String app : APPS) {
            List<Sample> samples = new ArrayList<>();
            for (int r = 0; r < RUNS; r++) {
                samples.add(start(app));
                System.out.println(app + " run " + (r + 1) + ": " + samples.getLast());
            }
            Sample m = median(samples);
            report.line("| %s | %.1f | %.0f | %s | %s |".formatted(app, m.seconds, m.rssKb / 1024.0,
                    Stats.x(m.seconds / jvm.seconds), Stats.x((double) m.rssKb / jvm.rssKb)));
        }
        report.write();
    }

    private static Sample start(String app) throws Exception {
        List<String> command = new ArrayList<>(JVM);
        command.addAll(List.of("-jar", Path.of(app, "target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(Files.createTempDirectory("bench-" + app).toFile());
        for (String line : lines(new ProcessBuilder("./iccsp", "env", app).start())) {
            int eq = line.indexOf('=');
            pb.environment().put(line.substring(0, eq), line.substring(eq + 1));
        }
        Map<String, String> env = pb.environment();
        int port = Integer.parseInt(env.get("QUARKUS_HTTP_PORT")) + 100;
        env.put("QUARKUS_HTTP_PORT", "" + port);
        int managementPort = Integer.parseInt(env.get("QUARKUS_MANAGEMENT_PORT")) + 100;
        env.put("QUARKUS_MANAGEMENT_PORT", "" + managementPort);
        pb.redirectOutput(pb.directory().toPath().resolve("app.log").toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            String ready = "http://127.0.0.1:" + managementPort + "/q/health/ready";
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(app + " exited; see " + pb.directory() + "/app.log");
                }
                try {
                    if (Stack.send(Stack.request(ready, null)).statusCode() == 200) {
                        break;
                    }
                } catch (IllegalStateException notYet) {
                    // connection refused: not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = Load.seconds(t0);
            Thread.sleep(IDLE_MS);
            return new Sample(seconds, rssKb(p.pid()));
        } finally {
            stop(p);
        }
    }

    private static List<Sample> bareJvm() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            List<String> command = new ArrayList<>(JVM);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Idle.class.getName()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).start();
            try {
                new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
                double seconds = Load.seconds(t0);
                Thread.sleep(IDLE_MS);
                samples.add(new Sample(seconds, rssKb(p.pid())));
            } finally {
                stop(p);
            }
        }
        return samples;
    }

    private static Sample median(List<Sample> samples) {
        double[] s = samples.stream().mapToDouble(Sample::seconds).sorted().toArray();
        long[] r = samples.stream().mapToLong(Sample::rssKb).sorted().toArray();
        return new Sample(s[s.length / 2], r[r.length / 2]);
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElseThrow();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private static List<String> lines(Process p) throws Exception {
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().filter(l -> l.contains("=")).toList();
        if (p.waitFor() != 0 || lines.isEmpty()) {
            throw new IllegalStateException("./iccsp env failed");
        }
        return lines;
    }

    /** The baseline's process: a JVM that is up and does nothing. */
    public static final class Idle {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ready");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
