package org.iccsp.notification.delivery.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iccsp.notification.delivery.domain.DeliveryPipeline;
import org.iccsp.notification.delivery.persistence.DeliveryAttempt;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.observability.TraceContext;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/**
 * Admin view of deliveries (email and webhook) with every attempt and the trace they belong to
 * ({@code traceId}: find the request that caused one), and replay of a failed one.
 */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class DeliveryResource {
    private final TraceContext traces;
    private final DeliveryPipeline deliveries;

    public DeliveryResource(TraceContext traces, DeliveryPipeline deliveries) {
        this.traces = traces;
        this.deliveries = deliveries;
    }

    public record AttemptView(OffsetDateTime attemptedAt, String outcome, String detail) {
    }

    public record DeliveryView(UUID id, String channel, String recipient, String category, String eventType,
            String eventSource, String eventId, String status, int attempts, String lastError,
            OffsetDateTime createdAt, OffsetDateTime sentAt, String traceId, List<AttemptView> log) {
    }

    private DeliveryView view(Notification n, List<AttemptView> log) {
        return new DeliveryView(n.id, n.channel, n.recipient, n.category, n.eventType, n.eventSource, n.eventId,
                n.status, n.attempts, n.lastError, n.createdAt, n.sentAt, traces.traceId(n.traceContext), log);
    }

    @GET
    public List<DeliveryView> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        StringBuilder query = new StringBuilder("channel in ('email', 'webhook')");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            if (!List.of(Notification.PENDING, Notification.SENT, Notification.FAILED).contains(status)) {
                throw ProblemException.invalid("status", "must be pending, sent or failed");
            }
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (channel != null) {
            if (!List.of(Notification.EMAIL, Notification.WEBHOOK).contains(channel)) {
                throw ProblemException.invalid("channel", "must be email or webhook");
            }
            query.append(" and channel = :channel");
            params.put("channel", channel);
        }
        return Notification.<Notification>find(query.toString(), Sort.descending("createdAt"), params)
                .page(Page.ofSize(limit)).list().stream().map(n -> view(n, null)).toList();
    }

    @GET
    @Path("{id}")
    public DeliveryView get(@PathParam("id") UUID id) {
        Notification n = delivery(id);
        return view(n, log(n.id));
    }

    /** Puts a failed delivery back in the queue with a fresh attempt budget. */
    @POST
    @Path("{id}/replay")
    @Transactional
    public DeliveryView replay(@PathParam("id") UUID id) {
        Notification n = delivery(id);
        deliveries.replay(n);
        return view(n, log(n.id));
    }

    private static Notification delivery(UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || Notification.IN_APP.equals(n.channel)) {
            throw ProblemException.notFound("delivery", id);
        }
        return n;
    }

    private static List<AttemptView> log(UUID id) {
        List<AttemptView> out = new ArrayList<>();
        DeliveryAttempt.<DeliveryAttempt>list("notificationId", Sort.ascending("id"), id)
                .forEach(a -> out.add(new AttemptView(a.attemptedAt, a.outcome, a.detail)));
        return out;
    }
}
