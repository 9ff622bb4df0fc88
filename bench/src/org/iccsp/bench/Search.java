package org.iccsp.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * Directory search over the 100,000 generated organisations: a text query plus a sector and a
 * country filter, anonymous, at directory-service's HTTP API; baseline: the statements
 * directory-service issues for that request (taken from PostgreSQL's statement log), run over JDBC
 * at the same rate.
 */
final class Search {
    private static final String[] WORDS = {"olive", "bridge", "river", "harmony", "water", "youth", "music", "green"};
    private static final String[] SECTORS = {"agriculture", "health", "education", "environment-and-water", "arts-and-music"};
    private static final String[] COUNTRIES = {"PS", "IL", "JO"};

    private static final String WHERE = " from organization where status = 'verified' and public_listing"
            + " and search_public @@ to_tsquery('simple', ?) and sectors && cast(array[?] as text[])"
            + " and (split_part(country, '-', 1) = ?)";
    static final String PAGE = "select id, ts_rank(search_public, to_tsquery('simple', ?)) as sort_key" + WHERE
            + " order by sort_key desc, id limit ?";
    /** Hibernate's load of the page's rows by id; it pads the in-list to a power of two. */
    static final String LOAD = "select o1_0.id,o1_0.city,o1_0.contact_email,o1_0.contacts,o1_0.country,o1_0.created_at,"
            + "o1_0.created_by,o1_0.description,o1_0.field_visibility,o1_0.languages,o1_0.legal_name,o1_0.name_ar,"
            + "o1_0.name_en,o1_0.name_he,o1_0.networks,o1_0.public_listing,o1_0.registry_ids,o1_0.review_reason,"
            + "o1_0.reviewed_at,o1_0.reviewed_by,o1_0.sectors,o1_0.status,o1_0.type,o1_0.updated_at,o1_0.version,"
            + "o1_0.website from organization o1_0 where o1_0.id in (";

    private static final int ROUNDS = 4;

    private Search() {
    }

    static void run() throws Exception {
        double rate = Double.parseDouble(System.getenv().getOrDefault("BENCH_SEARCH_RATE", "20"));
        int count = Integer.parseInt(System.getenv().getOrDefault("BENCH_SEARCH_COUNT", "600"));
        checkGenerated();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(Search::connect);
        IntFunction<CompletableFuture<?>> sql = i -> CompletableFuture.runAsync(() -> sql(connections.get(), i), pool);
        Load.open(rate, count / 5, Search::http); // warm-up: JIT, pools, caches
        Load.open(rate, count / 5, sql);
        // service and baseline take turns, so that both see the same spells of other work on the machine
        List<Long> service = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        int serviceErrors = 0;
        int baselineErrors = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Load.Result s = Load.open(rate, count / ROUNDS, Search::http);
            Load.Result b = Load.open(rate, count / ROUNDS, sql);
            service.addAll(s.latencies());
            baseline.addAll(b.latencies());
            serviceErrors += s.errors();
            baselineErrors += b.errors();
        }
        pool.shutdown();

        new Report("search", ("%d requests at %.0f/s (open loop, in %d turns with the baseline, after %d warm-up requests each), anonymous, 20 per page, "
                + "%d word × sector × country combinations such as `q=olive&sector=agriculture&country=PS`")
                .formatted(count, rate, ROUNDS, count / 5, WORDS.length * SECTORS.length * COUNTRIES.length))
                .table(Stats.of("HTTP directory-service", service, serviceErrors),
                        Stats.of("SQL over JDBC", baseline, baselineErrors))
                .line("").line("Issue 3's target: p95 under 30 ms at the service.").write();
    }

    private static CompletableFuture<?> http(int i) {
        String url = Stack.DIRECTORY + "/api/v1/organizations?q=" + word(i) + "&sector=" + sector(i) + "&country=" + country(i);
        return Stack.async(Stack.request(url, null), 200);
    }

    /** The statements directory-service runs for the same request, with the same parameters. */
    private static void sql(Connection c, int i) {
        String tsquery = word(i) + ":*";
        try (PreparedStatement page = c.prepareStatement(PAGE)) {
            page.setString(1, tsquery);
            page.setString(2, tsquery);
            page.setString(3, sector(i));
            page.setString(4, country(i));
            page.setInt(5, 21);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next() && ids.size() < 20) {
                    ids.add(rs.getString(1));
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            int padded = Integer.highestOneBit(ids.size() * 2 - 1);
            try (PreparedStatement load = c.prepareStatement(LOAD + "?,".repeat(padded - 1) + "?)")) {
                for (int p = 0; p < padded; p++) {
                    load.setString(p + 1, ids.get(Math.min(p, ids.size() - 1)));
                }
                try (ResultSet rs = load.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkGenerated() throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement()
                .executeQuery("select count(*) from organization where id like 'org-gen-%'")) {
            rs.next();
            if (rs.getLong(1) < 100_000) {
                throw new IllegalStateException("directory has " + rs.getLong(1)
                        + " generated organisations; start directory-service with DIRECTORY_SEED_GENERATED=100000");
            }
        }
    }

    private static Connection connect() {
        try {
            // planned per execution, as directory-service's connections are
            return DriverManager.getConnection(Stack.jdbc("directory")
                    + "?options=-c%20plan_cache_mode=force_custom_plan", "iccsp", "iccsp");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String word(int i) {
        return WORDS[i % WORDS.length];
    }

    private static String sector(int i) {
        return SECTORS[(i / WORDS.length) % SECTORS.length];
    }

    private static String country(int i) {
        return COUNTRIES[(i / (WORDS.length * SECTORS.length)) % COUNTRIES.length];
    }
}
