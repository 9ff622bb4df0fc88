package org.iccsp.notification.delivery.api;

import io.quarkus.panache.common.Parameters;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.iccsp.notification.delivery.domain.DeliveryPipeline;
import org.iccsp.notification.delivery.persistence.DeliveryAttempt;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.paging.Keyset;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.observability.TraceContext;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Pages;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Deliveries (email and webhook) with every attempt and the trace they belong to ({@code traceId}: find the
 * request that caused one), and replay of a failed one. Admins see every delivery; a webhook's owner sees the
 * deliveries to their own webhooks only (never an email, never another owner's webhook: 404, as for an unknown
 * id). A delivery view carries no payload: what it names (event type, source, id, trace) is what the webhook
 * received in its request anyway.
 */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN })
public class DeliveryResource {
    private final TraceContext traces;
    private final DeliveryPipeline deliveries;
    private final CurrentCaller caller;

    public DeliveryResource(TraceContext traces, DeliveryPipeline deliveries, CurrentCaller caller) {
        this.traces = traces;
        this.deliveries = deliveries;
        this.caller = caller;
    }

    public record AttemptView(OffsetDateTime attemptedAt, String outcome, String detail) {
    }

    /** {@code recipient}: an email address, or for a webhook delivery the subscription id (also {@code webhookId}). */
    public record DeliveryView(UUID id, String channel, String recipient, UUID webhookId, String category,
            String eventType, String eventSource, String eventId, String status, int attempts, String lastError,
            OffsetDateTime createdAt, OffsetDateTime sentAt, String traceId, List<AttemptView> log) {
    }

    private DeliveryView view(Notification n, List<AttemptView> log) {
        UUID webhook = Notification.WEBHOOK.equals(n.channel) ? webhookId(n.recipient) : null;
        return new DeliveryView(n.id, n.channel, n.recipient, webhook, n.category, n.eventType, n.eventSource,
                n.eventId, n.status, n.attempts, n.lastError, n.createdAt, n.sentAt, traces.traceId(n.traceContext), log);
    }

    /** Newest first, a page at a time ({@code Link: <…>; rel="next"} while more follow); filters combine. */
    @GET
    public RestResponse<List<DeliveryView>> list(
            @Parameter(description = "pending, sent or failed (failed: out of attempts, replayable)")
            @QueryParam("status") String status,
            @Parameter(description = "email or webhook") @QueryParam("channel") String channel,
            @Parameter(description = "only the deliveries to this webhook subscription (its owner's or an admin's)")
            @QueryParam("webhook") UUID webhook,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @Parameter(description = "the cursor of the next page, from the previous page's Link header")
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Keyset after = Keyset.decode(cursor, "deliveries");
        StringBuilder query = new StringBuilder("channel in ('email', 'webhook')");
        Parameters params = new Parameters();
        if (status != null) {
            if (!List.of(Notification.PENDING, Notification.SENT, Notification.FAILED).contains(status)) {
                throw ProblemException.invalid("status", "must be pending, sent or failed");
            }
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (channel != null) {
            if (!List.of(Notification.EMAIL, Notification.WEBHOOK).contains(channel)) {
                throw ProblemException.invalid("channel", "must be email or webhook");
            }
            query.append(" and channel = :channel");
            params.and("channel", channel);
        }
        Caller me = caller.get();
        if (webhook != null) {
            if (!me.isAdmin()) {
                ownedWebhook(webhook, me);
            }
            query.append(" and channel = 'webhook' and recipient = :webhook");
            params.and("webhook", webhook.toString());
        } else if (!me.isAdmin()) {
            query.append(" and channel = 'webhook' and recipient in"
                    + " (select cast(s.id as String) from WebhookSubscription s where s.ownerSubject = :owner)");
            params.and("owner", me.subject());
        }
        if (after != null) {
            query.append(" and ").append(Keyset.AFTER);
            params.and("afterAt", after.createdAt()).and("afterId", after.id());
        }
        List<Notification> rows = Notification.<Notification>find(query + Keyset.ORDER, params).range(0, limit).list();
        return Pages.of(rows, limit, n -> Keyset.cursor("deliveries", n.createdAt, n.id), n -> view(n, null), uri);
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

    /** A delivery the caller may see: any for an admin, one to their own webhook for its owner; else 404. */
    private Notification delivery(UUID id) {
        Notification n = Notification.findById(id);
        Caller me = caller.get();
        if (n == null || Notification.IN_APP.equals(n.channel)
                || !(me.isAdmin() || Notification.WEBHOOK.equals(n.channel) && ownsWebhook(n.recipient, me))) {
            throw ProblemException.notFound("delivery", id);
        }
        return n;
    }

    private static boolean ownsWebhook(String recipient, Caller me) {
        UUID id = webhookId(recipient);
        WebhookSubscription s = id == null ? null : WebhookSubscription.findById(id);
        return s != null && s.ownerSubject.equals(me.subject());
    }

    /** A webhook delivery's recipient is its subscription's id; anything else (never written so) is no webhook. */
    private static UUID webhookId(String recipient) {
        try {
            return UUID.fromString(recipient);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void ownedWebhook(UUID id, Caller me) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !s.ownerSubject.equals(me.subject())) {
            throw ProblemException.notFound("webhook subscription", id);
        }
    }

    private static List<AttemptView> log(UUID id) {
        List<AttemptView> out = new ArrayList<>();
        DeliveryAttempt.<DeliveryAttempt>list("notificationId", Sort.ascending("id"), id)
                .forEach(a -> out.add(new AttemptView(a.attemptedAt, a.outcome, a.detail)));
        return out;
    }
}
