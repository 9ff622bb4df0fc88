package org.iccsp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Registration rush: 10,000 registration attempts by 2,000 real Keycloak users (5 each, as people
 * pressing the button again), 200 at a time, at one public event of 500 places; afterwards exactly
 * 500 must be confirmed. Baseline: pgbench, single-row inserts at the same concurrency.
 */
final class Rush {
    private static final int ATTEMPTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUSH_ATTEMPTS", "10000"));
    private static final int USERS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUSH_USERS", "2000"));
    private static final int CONCURRENCY = 200;
    private static final int PLACES = 500;

    private Rush() {
    }

    static void run() throws Exception {
        List<String> tokens = users();
        String event = Stack.field(Stack.expect(Stack.json(Stack.EVENTS + "/api/v1/events", Stack.token("organizer-bob", "organizer-bob-pw"), """
                {"title": "Registration rush", "kind": "convening", "venue": "Amman, Bench Hall", "timeZone": "Asia/Amman",
                 "startsAt": "2030-06-01T09:00:00", "endsAt": "2030-06-01T17:00:00", "visibility": "public", "capacity": %d}"""
                .formatted(PLACES)), 201), "id");

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        for (int t = 0; t < CONCURRENCY; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ATTEMPTS; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    int status = Stack.send(Stack.json(Stack.EVENTS + "/api/v1/events/" + event + "/registrations",
                            tokens.get(i % USERS), "{\"name\": \"Bench Person " + (i % USERS) + "\"}")).statusCode();
                    latencies.add(System.nanoTime() - sent);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = Load.seconds(start);

        Map<String, Long> held = held(event);
        String outcome = "answers " + new java.util.TreeMap<>(statuses) + "; registrations by status " + held;
        System.out.println(outcome);
        long confirmed = held.getOrDefault("confirmed", 0L);
        long total = held.values().stream().mapToLong(Long::longValue).sum();
        if (confirmed != PLACES || total != USERS) {
            throw new IllegalStateException("expected " + PLACES + " confirmed and one registration per user ("
                    + USERS + "): " + outcome);
        }
        int unexpected = ATTEMPTS - statuses.getOrDefault(201, new AtomicInteger()).get()
                - statuses.getOrDefault(409, new AtomicInteger()).get();

        Pgbench.Result baseline = Pgbench.inserts(CONCURRENCY, ATTEMPTS);
        new Report("rush", ("%d POST /api/v1/events/{id}/registrations straight to events-service by %d Keycloak users "
                + "(each tries %d times), %d in flight (closed loop), one public event of %d places")
                .formatted(ATTEMPTS, USERS, ATTEMPTS / USERS, CONCURRENCY, PLACES))
                .table(Stats.of("HTTP registration", latencies, unexpected),
                        Stats.of("pgbench insert (" + baseline.clients() + " clients)", baseline.latencies(), 0))
                .line("").line("Throughput: %.0f attempts/s at events-service, %.0f inserts/s with pgbench (ratio pgbench ÷ service %s)."
                        .formatted(ATTEMPTS / seconds, baseline.perSecond(), Stats.x(baseline.perSecond() / (ATTEMPTS / seconds))))
                .line("").line("Outcome (checked by the run): " + outcome + ". Confirmed = " + PLACES + " exactly, never more; "
                        + "every user holds one registration (201 first time, 409 `already registered` after).")
                .line("").line(baseline.note()).write();
    }

    /** USERS Keycloak users bench-NNNNN with tokens; their password hashing is made cheap for the bench realm. */
    private static List<String> users() throws Exception {
        String admin = Stack.adminToken();
        String realm = Stack.KEYCLOAK + "/admin/realms/iccsp";
        // dev-mem Keycloak re-imports the realm at every start, so this lasts only for the bench stack
        Stack.expect(Stack.request(realm, admin).header("Content-Type", "application/json").PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"passwordPolicy\": \"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\"}")), 204);
        for (int from = 0; from < USERS; from += 500) {
            String users = IntStream.range(from, Math.min(USERS, from + 500)).mapToObj(i -> """
                    {"username": "bench-%1$05d", "enabled": true, "email": "bench-%1$05d@bench.test", "emailVerified": true,
                     "firstName": "Bench", "lastName": "Person %1$d",
                     "credentials": [{"type": "password", "value": "bench-pw", "temporary": false}]}""".formatted(i))
                    .collect(Collectors.joining(","));
            Stack.expect(Stack.json(realm + "/partialImport", admin,
                    "{\"ifResourceExists\": \"SKIP\", \"users\": [" + users + "]}"), 200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String user = "bench-%05d".formatted(i);
            futures.add(pool.submit(() -> Stack.token(user, "bench-pw")));
        }
        List<String> tokens = new ArrayList<>();
        for (var f : futures) {
            tokens.add(f.get());
        }
        pool.shutdown();
        return tokens;
    }

    /** Registrations of the event by status, read in the events database. */
    private static Map<String, Long> held(String event) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(Stack.jdbc("events"), "iccsp", "iccsp");
                ResultSet rs = c.createStatement().executeQuery(
                        "select status, count(*) from registration where event_id = '" + event + "' group by status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** pgbench from PostgreSQL's own binaries: per-transaction latencies from its log. */
    static final class Pgbench {
        record Result(int clients, List<Long> latencies, double perSecond, String note) {
        }

        static Result inserts(int concurrency, int transactions) throws Exception {
            String url = "postgresql://postgres:postgres@127.0.0.1:" + Stack.PG_PORT + "/";
            int clients;
            try (Connection c = DriverManager.getConnection(Stack.jdbc("postgres"), "postgres", "postgres")) {
                ResultSet rs = c.createStatement().executeQuery(
                        "select current_setting('max_connections')::int - (select count(*) from pg_stat_activity)");
                rs.next();
                clients = Math.min(concurrency, rs.getInt(1) - 5);
                ResultSet exists = c.createStatement().executeQuery("select 1 from pg_database where datname = 'bench'");
                if (!exists.next()) {
                    c.createStatement().execute("create database bench");
                }
            }
            try (Connection c = DriverManager.getConnection(Stack.jdbc("bench"), "postgres", "postgres")) {
                c.createStatement().execute("drop table if exists bench_insert");
                c.createStatement().execute("create table bench_insert (id bigserial primary key, event_id text not null, "
                        + "registrant text not null, created_at timestamptz not null default now())");
            }
            Path dir = Files.createTempDirectory("pgbench");
            Path script = dir.resolve("insert.sql");
            Files.writeString(script, "insert into bench_insert (event_id, registrant) values ('rush', 'client-' || :client_id);\n");
            Process p = new ProcessBuilder("pgbench", "-n", "-c", "" + clients, "-j", "2", "-t", "" + transactions / clients,
                    "-l", "--log-prefix=" + dir.resolve("log"), "-f", script.toString(), url + "bench")
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed: " + output);
            }
            List<Long> latencies = new ArrayList<>();
            try (var logs = Files.list(dir)) {
                for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("log")).toList()) {
                    for (String line : Files.readAllLines(log)) {
                        latencies.add(Long.parseLong(line.split(" ")[2]) * 1000); // µs → ns
                    }
                }
            }
            double tps = output.lines().filter(l -> l.startsWith("tps")).findFirst()
                    .map(l -> Double.parseDouble(l.replaceAll("tps = ([0-9.]+).*", "$1"))).orElse(Double.NaN);
            String note = clients == concurrency ? "" : "pgbench ran " + clients + " clients, not " + concurrency
                    + ": the stack's PostgreSQL allows 100 connections and the services hold some (events-service itself "
                    + "serves the 200 requests in flight from its pool of connections).";
            deleteAll(dir);
            return new Result(clients, latencies, tps, note);
        }

        private static void deleteAll(Path dir) throws IOException {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
