package org.iccsp.notification.webhook.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.panache.common.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.iccsp.notification.delivery.domain.DeliveryPipeline;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.paging.Keyset;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.webhook.domain.SsrfGuard;
import org.iccsp.notification.webhook.domain.WebhookClient;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** Webhook endpoints, managed by their owners (the token subject); admins see and manage all. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN })
public class WebhookResource {
    private final CurrentCaller caller;
    private final SsrfGuard guard;
    private final WebhookClient client;
    private final Duration previousSecretValidity;
    private final DeliveryPipeline deliveries;
    private final Clock clock;

    public WebhookResource(CurrentCaller caller, SsrfGuard guard, WebhookClient client, DeliveryPipeline deliveries,
            @ConfigProperty(name = "iccsp.webhooks.previous-secret-validity", defaultValue = "PT24H") Duration validity, Clock clock) {
        this.caller = caller;
        this.deliveries = deliveries;
        this.guard = guard;
        this.client = client;
        this.previousSecretValidity = validity;
        this.clock = clock;
    }

    public record SubscriptionRequest(@NotBlank @Size(max = 2000) String url,
            @NotNull @NotEmpty List<@NotBlank String> categories, Boolean active) {
    }

    /** The secret appears only when it is created or rotated. */
    public record SubscriptionView(UUID id, String url, List<String> categories, String status, String disabledReason,
            int consecutiveFailures, String ownerSubject, List<String> ownerRoles, OffsetDateTime createdAt,
            String secret, OffsetDateTime previousSecretValidUntil) {
        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.id, s.url, List.of(s.categories), s.status, s.disabledReason,
                    s.consecutiveFailures, s.ownerSubject, List.of(s.ownerRoles), s.createdAt, secret,
                    s.previousSecretUntil);
        }
    }

    public record PingResult(boolean delivered, int status, String detail) {
    }

    /** What a "recover" queued again. */
    public record RecoverResult(int replayed) {
    }

    /** The caller's subscriptions (an admin's: all), newest first, a page at a time. */
    @GET
    public RestResponse<List<SubscriptionView>> list(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @Parameter(description = "the cursor of the next page, from the previous page's Link header")
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Keyset after = Keyset.decode(cursor, "webhooks");
        Caller me = caller.get();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!me.isAdmin()) {
            where.add("ownerSubject = :owner");
            params.and("owner", me.subject());
        }
        if (after != null) {
            where.add(Keyset.AFTER);
            params.and("afterAt", after.createdAt()).and("afterId", after.id());
        }
        String query = (where.isEmpty() ? "from WebhookSubscription" : String.join(" and ", where)) + Keyset.ORDER;
        List<WebhookSubscription> rows = WebhookSubscription.<WebhookSubscription>find(query, params)
                .range(0, limit).list();
        return Pages.of(rows, limit, s -> Keyset.cursor("webhooks", s.createdAt, s.id),
                s -> SubscriptionView.of(s, null), uri);
    }

    @GET
    @Path("{id}")
    public RestResponse<SubscriptionView> get(@PathParam("id") UUID id) {
        WebhookSubscription s = owned(id, false);
        return EntityTags.ok(SubscriptionView.of(s, null), tag(s));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(@Valid @NotNull SubscriptionRequest request, UriInfo uri) {
        validate(request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.ownerSubject = caller.get().subject();
        s.ownerRoles = ownerRoles(caller.get());
        s.url = request.url().trim();
        s.categories = request.categories().stream().distinct().toArray(String[]::new);
        s.secret = WebhookSigner.newSecret();
        s.status = WebhookSubscription.ACTIVE;
        s.createdAt = now;
        s.updatedAt = now;
        s.persist();
        return EntityTags.tagged(Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build()), tag(s))
                .entity(SubscriptionView.of(s, s.secret)).build();
    }

    /**
     * Replaces URL and categories; {@code active: true} re-enables a disabled endpoint. {@code If-Match} is
     * required (428 without it): a stale edit would send signed events to an old URL or re-enable an endpoint
     * someone just disabled.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @APIResponse(responseCode = "200", description = "The subscription as saved; ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the subscription's current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<SubscriptionView> update(@PathParam("id") UUID id,
            @Parameter(description = "the ETag of the subscription as read (required)") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SubscriptionRequest request) {
        validate(request);
        WebhookSubscription s = owned(id, true);
        EntityTags.checkIfMatch(ifMatch, tag(s), true);
        if (s.ownerSubject.equals(caller.get().subject())) {
            s.ownerRoles = ownerRoles(caller.get()); // an admin editing someone's subscription lends it no rights
        }
        s.url = request.url().trim();
        s.categories = request.categories().stream().distinct().toArray(String[]::new);
        if (Boolean.TRUE.equals(request.active())) {
            s.status = WebhookSubscription.ACTIVE;
            s.disabledReason = null;
            s.consecutiveFailures = 0;
        } else if (Boolean.FALSE.equals(request.active())) {
            s.disable("disabled by its owner", OffsetDateTime.now(clock));
        }
        s.changed(OffsetDateTime.now(clock));
        return EntityTags.ok(SubscriptionView.of(s, null), tag(s));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @APIResponse(responseCode = "204", description = "Done; no content")
    @APIResponse(responseCode = "412", description = "If-Match is not the subscription's current ETag")
    public Response delete(@PathParam("id") UUID id,
            @Parameter(description = "the ETag of the subscription as read (optional)") @HeaderParam("If-Match") String ifMatch) {
        WebhookSubscription s = owned(id, true);
        EntityTags.checkIfMatch(ifMatch, tag(s), false);
        s.delete();
        return Response.noContent().build();
    }

    /** A new secret; the previous one keeps signing (a second signature) for a while so receivers can switch. */
    @POST
    @Path("{id}/rotate-secret")
    @Transactional
    @Operation(operationId = "rotateWebhookSecret", summary = "Issue a new signing secret for the subscription")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret (shown this once); ETag: its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the subscription's current ETag")
    public RestResponse<SubscriptionView> rotate(@PathParam("id") UUID id,
            @Parameter(description = "the ETag of the subscription as read (optional)") @HeaderParam("If-Match") String ifMatch) {
        WebhookSubscription s = owned(id, true);
        EntityTags.checkIfMatch(ifMatch, tag(s), false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        s.previousSecret = s.secret;
        s.previousSecretUntil = now.plus(previousSecretValidity);
        s.secret = WebhookSigner.newSecret();
        s.changed(now);
        return EntityTags.ok(SubscriptionView.of(s, s.secret), tag(s));
    }

    /**
     * Queues every failed delivery of the subscription again (Svix's "recover"): with {@code since}, those created
     * at or after it. 409 while the endpoint is disabled (re-enable it first). The deliveries themselves are
     * listed at {@code GET /api/v1/deliveries?webhook={id}&status=failed}.
     */
    @POST
    @Path("{id}/recover")
    @Transactional
    @Operation(operationId = "recoverWebhookDeliveries", summary = "Queue every failed delivery of the subscription again")
    @APIResponse(responseCode = "200", description = "How many failed deliveries were queued again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecoverResult.class)))
    public RecoverResult recover(@PathParam("id") UUID id,
            @Parameter(description = "only deliveries created at or after this ISO-8601 timestamp with an offset")
            @QueryParam("since") OffsetDateTime since) {
        WebhookSubscription s = owned(id, true);
        if (!WebhookSubscription.ACTIVE.equals(s.status)) {
            throw ProblemException.conflict("the webhook endpoint is disabled; re-enable it first");
        }
        return new RecoverResult(deliveries.replayFailed(Notification.WEBHOOK, s.id.toString(), since));
    }

    /** Sends a signed ping CloudEvent at once and reports what the endpoint answered (not retried). */
    @POST
    @Path("{id}/ping")
    public PingResult ping(@PathParam("id") UUID id) {
        WebhookSubscription s = owned(id, false);
        String pingId = UUID.randomUUID().toString();
        String body = """
                {"specversion":"1.0","id":"%s","source":"/iccsp/notification-service",\
                "type":"org.iccsp.notification.webhook.ping.v1","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","data":{"subscriptionId":"%s"}}"""
                .formatted(pingId, s.id, OffsetDateTime.now(clock), s.id);
        WebhookClient.Outcome outcome = client.post(s, pingId, body);
        return new PingResult(outcome.delivered(), outcome.status(), outcome.detail());
    }

    /** The strong ETag of a subscription: its version. */
    private static String tag(WebhookSubscription s) {
        return EntityTags.ofVersion(s.version);
    }

    /** The caller's subscription (any, for an admin), else 404; {@code lock}: for a change (If-Match is atomic). */
    private WebhookSubscription owned(UUID id, boolean lock) {
        WebhookSubscription s = lock ? WebhookSubscription.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : WebhookSubscription.findById(id);
        Caller me = caller.get();
        if (s == null || !(me.isAdmin() || s.ownerSubject.equals(me.subject()))) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return s;
    }

    /** The roles that decide which events the subscription may receive (EventAudience). */
    private static String[] ownerRoles(Caller me) {
        return Stream.of(Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN).filter(me::hasRole).toArray(String[]::new);
    }

    private void validate(SubscriptionRequest request) {
        for (int i = 0; i < request.categories().size(); i++) {
            if (!Categories.WEBHOOK.contains(request.categories().get(i))) {
                throw ProblemException.invalid("categories[" + i + "]", "must be one of " + Categories.WEBHOOK);
            }
        }
        String refusal = guard.refusal(request.url().trim());
        if (refusal != null) {
            throw ProblemException.invalid("url", refusal);
        }
    }
}
