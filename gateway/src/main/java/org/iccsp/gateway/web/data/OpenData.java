package org.iccsp.gateway.web.data;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.iccsp.gateway.routing.Upstreams;

/**
 * The platform's open-data exports and feeds (docs/adr/0015), and when each last changed: asked of the
 * service that makes it with a conditional GET ({@code If-None-Match: *}, answered 304 with its
 * {@code Last-Modified} and no body; a service that streams anyway is cut off after the headers).
 * Answers are kept a minute, so the data page costs the services at most one probe each a minute.
 */
@ApplicationScoped
public class OpenData {
    /** Every open dataset is published under this licence. */
    public static final String LICENCE = "CC BY 4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final Duration KEEP = Duration.ofMinutes(1);

    /**
     * One export or feed: {@code key} names its texts ({@code data:name-<key>}, {@code data:about-<key>}), {@code path} is where it
     * is (a template with {@code {member}} is shown, not linked), {@code probe} where its last update is asked.
     */
    public record Dataset(String key, String service, String path, String format, String probe) {
        public boolean linked() {
            return !path.contains("{");
        }
    }

    public static final List<Dataset> DATASETS = List.of(
            new Dataset("hsds", "directory", "/api/v1/exports/hsds/organizations.json", "JSON, NDJSON (HSDS 3.0)",
                    "/api/v1/exports/hsds/organizations.json"),
            new Dataset("hsds-api", "directory", "/api/v1/hsds/organizations", "JSON API (HSDS 3.0)",
                    "/api/v1/exports/hsds/organizations.json"),
            new Dataset("directory-atom", "directory", "/api/v1/feeds/directory.atom", "Atom", "/api/v1/feeds/directory.atom"),
            new Dataset("events-ics", "events", "/api/v1/feeds/events.ics", "iCalendar", "/api/v1/feeds/events.ics"),
            new Dataset("iati-activities", "pledges", "/api/v1/exports/iati/activities.xml", "XML (IATI 2.03)",
                    "/api/v1/exports/iati/activities.xml"),
            new Dataset("iati-organisations", "pledges", "/api/v1/exports/iati/organisations/{member}.xml", "XML (IATI 2.03)", null),
            new Dataset("flows-csv", "pledges", "/api/v1/exports/flows.csv", "CSV", "/api/v1/exports/flows.csv"),
            new Dataset("flows-json", "pledges", "/api/v1/exports/flows.json", "JSON", "/api/v1/exports/flows.json"));

    /** What the page shows of a dataset's last update. */
    public enum State {
        KNOWN, NOT_YET, UNKNOWN
    }

    public record Update(State state, Instant at) {
        public String iso() {
            return at == null ? "" : at.toString();
        }
    }

    private record Kept(Update update, Instant until) {
    }

    private final Upstreams upstreams;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    public OpenData(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    /** The last update of every dataset, in {@link #DATASETS} order, probed in parallel. */
    public List<Update> updates() {
        List<CompletableFuture<Update>> probes = DATASETS.stream().map(this::update).toList();
        return probes.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Update> update(Dataset dataset) {
        if (dataset.probe() == null) {
            return CompletableFuture.completedFuture(new Update(State.UNKNOWN, null));
        }
        Instant now = Instant.now(); // only for the minute answers are kept
        Kept known = kept.get(dataset.probe());
        if (known != null && known.until().isAfter(now)) {
            return CompletableFuture.completedFuture(known.update());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(upstreams.base(dataset.service()).toString()
                .replaceAll("/+$", "") + dataset.probe())).header("If-None-Match", "*").timeout(Duration.ofSeconds(3)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).handle((response, failure) -> {
            Update update = failure != null ? new Update(State.UNKNOWN, null) : read(response);
            kept.put(dataset.probe(), new Kept(update, now.plus(KEEP)));
            return update;
        });
    }

    private static Update read(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404) {
                return new Update(State.NOT_YET, null);
            }
            Optional<Instant> at = response.headers().firstValue("Last-Modified").flatMap(OpenData::httpDate);
            return (response.statusCode() == 200 || response.statusCode() == 304) && at.isPresent()
                    ? new Update(State.KNOWN, at.get()) : new Update(State.UNKNOWN, null);
        } catch (java.io.IOException e) {
            return new Update(State.UNKNOWN, null);
        }
    }

    static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
