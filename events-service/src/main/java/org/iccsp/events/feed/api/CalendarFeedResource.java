package org.iccsp.events.feed.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.events.feed.domain.CalendarFeeds;
import org.iccsp.events.feed.domain.FeedTokens;
import org.iccsp.platform.calendar.CalendarFeed;
import org.iccsp.platform.web.Freshness;

/**
 * iCalendar feeds to subscribe to (webcal://): the public events, and a person's registrations behind
 * their unguessable token. Conditional GET (ETag, Last-Modified) and parameters are checked before the
 * first line is streamed; a revoked token is a 410 problem, an unknown one a 404 problem.
 */
@Path("/api/v1/feeds")
public class CalendarFeedResource {
    private final CalendarFeeds feeds;
    private final FeedTokens tokens;
    private final Clock clock;

    public CalendarFeedResource(CalendarFeeds feeds, FeedTokens tokens, Clock clock) {
        this.feeds = feeds;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GET
    @Path("events.ics")
    @Produces("text/calendar")
    @Operation(operationId = "publicEventsCalendar", summary = "iCalendar feed of the public events (CC BY 4.0)")
    @APIResponse(responseCode = "200", description = "The calendar (METHOD:PUBLISH, UTC times), streamed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING, description = "RFC 5545")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    public Response publicEvents(@Context UriInfo uri, @Context Request request) {
        Freshness.onlyParameters(uri);
        Freshness freshness = feeds.publicFreshness();
        return freshness.notModified(request).orElseGet(() -> freshness.validators(Response.ok(
                stream("ICCSP public events", feeds::publicEvents, CalendarFeeds::lastEventId), CalendarFeed.CONTENT_TYPE))
                .build());
    }

    @GET
    @Path("registrations/{token}.ics")
    @Produces("text/calendar")
    @Operation(operationId = "myRegistrationsCalendar",
            summary = "iCalendar feed of one person's registrations, behind their unguessable, revocable token")
    @APIResponse(responseCode = "200", description = "The calendar (METHOD:PUBLISH, UTC times), streamed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING, description = "RFC 5545")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    @APIResponse(responseCode = "404", description = "No calendar link has this token")
    @APIResponse(responseCode = "410", description = "The calendar link was revoked")
    public Response registrations(@PathParam("token") String token, @Context UriInfo uri, @Context Request request) {
        Freshness.onlyParameters(uri);
        String subject = tokens.subjectOf(token);
        Freshness freshness = feeds.personalFreshness(subject);
        return freshness.notModified(request).orElseGet(() -> freshness.validators(Response.ok(
                stream("My ICCSP registrations", after -> feeds.registrations(subject, after), CalendarFeeds::lastRegistrationId),
                CalendarFeed.CONTENT_TYPE)).header("Cache-Control", null).header("Cache-Control", "private, no-cache").build());
    }

    private StreamingOutput stream(String name, Function<UUID, List<CalendarFeed.Entry>> batches,
            Function<List<CalendarFeed.Entry>, UUID> last) {
        Instant now = Instant.now(clock);
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CalendarFeed feed = CalendarFeed.start(writer, name, now);
            UUID after = null;
            while (true) {
                List<CalendarFeed.Entry> batch = batches.apply(after);
                for (CalendarFeed.Entry entry : batch) {
                    feed.entry(entry);
                }
                writer.flush();
                if (batch.size() < CalendarFeeds.BATCH) {
                    break;
                }
                after = last.apply(batch);
            }
            feed.end();
        };
    }
}
