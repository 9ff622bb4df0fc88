package org.iccsp.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of an export or a feed, for conditional GET (RFC 9110 §13): a strong {@code ETag} and a
 * {@code Last-Modified} (whole seconds, as HTTP dates are). {@code If-None-Match} is compared first; only
 * without it does {@code If-Modified-Since} count. Checked before anything is streamed.
 */
public record Freshness(Instant lastModified, String tag) {
    /** Nothing yet: the epoch, so that a client's date is never older than it. */
    public Freshness {
        lastModified = (lastModified == null ? Instant.EPOCH : lastModified).truncatedTo(ChronoUnit.SECONDS);
    }

    /** 304 Not Modified (with the validators) when the client's copy is current. */
    public Optional<Response> notModified(Request request) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(Date.from(lastModified), new EntityTag(tag));
        return unchanged == null ? Optional.empty() : Optional.of(validators(unchanged).build());
    }

    /** Adds ETag, Last-Modified and a Cache-Control that makes caches revalidate. */
    public Response.ResponseBuilder validators(Response.ResponseBuilder builder) {
        return builder.tag(new EntityTag(tag)).lastModified(Date.from(lastModified))
                .header("Cache-Control", "public, no-cache");
    }

    /**
     * Refuses a query parameter the export does not know (400 naming it), so that a typo such as
     * {@code ?fromat=ndjson} is a clear error and not silently the default file.
     */
    public static void onlyParameters(UriInfo uri, String... known) {
        Set<String> allowed = Set.of(known);
        for (String name : new TreeSet<>(uri.getQueryParameters().keySet())) {
            if (!allowed.contains(name)) {
                throw ProblemException.invalid(name, "unknown parameter" + (allowed.isEmpty() ? " (this export takes none)"
                        : " (known: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        }
    }
}
