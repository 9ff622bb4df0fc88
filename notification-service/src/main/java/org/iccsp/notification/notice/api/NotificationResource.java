package org.iccsp.notification.notice.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.paging.Keyset;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Pages;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's in-app notices: those addressed to the email address of their token. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationResource {
    private final CurrentCaller caller;
    private final Clock clock;

    public NotificationResource(CurrentCaller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public record NoticeView(UUID id, String category, String eventType, String language, String subject,
            String text, OffsetDateTime createdAt, OffsetDateTime readAt) {
        static NoticeView of(Notification n) {
            return new NoticeView(n.id, n.category, n.eventType, n.language, n.subject, n.bodyText, n.createdAt,
                    n.readAt);
        }
    }

    /** Newest first, a page at a time ({@code Link: <…>; rel="next"} while more follow). */
    @GET
    public RestResponse<List<NoticeView>> list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @Parameter(description = "the cursor of the next page, from the previous page's Link header")
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Keyset after = Keyset.decode(cursor, "notifications");
        StringBuilder query = new StringBuilder("channel = :channel and recipient = :recipient");
        Parameters params = Parameters.with("channel", Notification.IN_APP).and("recipient", me());
        if (unreadOnly) {
            query.append(" and readAt is null");
        }
        if (after != null) {
            query.append(" and ").append(Keyset.AFTER);
            params.and("afterAt", after.createdAt()).and("afterId", after.id());
        }
        List<Notification> rows = Notification.<Notification>find(query + Keyset.ORDER, params)
                .range(0, limit).list();
        return Pages.of(rows, limit, n -> Keyset.cursor("notifications", n.createdAt, n.id), NoticeView::of, uri);
    }

    public record UnreadCount(long unread) {
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's in-app notices are unread")
    @APIResponse(responseCode = "200", description = "How many of the caller's in-app notices are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(Notification.count("channel = ?1 and recipient = ?2 and readAt is null",
                Notification.IN_APP, me()));
    }

    /**
     * Marks every unread in-app notice of the caller read; with {@code before}, only those created at or before
     * it (what the client has seen). Idempotent: notices already read keep their first reading time.
     */
    @POST
    @Path("mark-all-read")
    @Operation(operationId = "markAllNotificationsRead",
            summary = "Mark the caller's in-app notices read (those created at or before `before`, if given)")
    @Transactional
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response markAllRead(@Parameter(description = "ISO-8601 timestamp with an offset: only notices created at or before it",
            schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("before") String before) {
        OffsetDateTime upTo = null;
        if (before != null) {
            try {
                upTo = OffsetDateTime.parse(before.trim());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("before",
                        "must be an ISO-8601 timestamp with an offset, e.g. 2026-05-10T10:00:00Z");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (upTo == null) {
            Notification.update("readAt = ?1 where channel = ?2 and recipient = ?3 and readAt is null",
                    now, Notification.IN_APP, me());
        } else {
            Notification.update(
                    "readAt = ?1 where channel = ?2 and recipient = ?3 and readAt is null and createdAt <= ?4",
                    now, Notification.IN_APP, me(), upTo);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/read")
    @Transactional
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response markRead(@PathParam("id") UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !Notification.IN_APP.equals(n.channel) || !n.recipient.equals(me())) {
            throw ProblemException.notFound("notification", id);
        }
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now(clock);
        }
        return Response.noContent().build();
    }

    private String me() {
        String email = caller.get().email();
        if (email == null || email.isBlank()) {
            throw ProblemException.forbidden("in-app notices are addressed by email: the token has no email claim");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
