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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.webhook.domain.SsrfGuard;
import org.iccsp.notification.webhook.domain.WebhookClient;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

/** Webhook endpoints, managed by their owners (the token subject); admins see and manage all. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN })
public class WebhookResource {
    private final CurrentCaller caller;
    private final SsrfGuard guard;
    private final WebhookClient client;
    private final Duration previousSecretValidity;
    private final Clock clock;

    public WebhookResource(CurrentCaller caller, SsrfGuard guard, WebhookClient client,
            @ConfigProperty(name = "iccsp.webhooks.previous-secret-validity", defaultValue = "PT24H") Duration validity, Clock clock) {
        this.caller = caller;
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

    @GET
    public List<SubscriptionView> list() {
        Caller me = caller.get();
        List<WebhookSubscription> mine = me.isAdmin() ? WebhookSubscription.listAll()
                : WebhookSubscription.list("ownerSubject", me.subject());
        return mine.stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(owned(id), null);
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
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .entity(SubscriptionView.of(s, s.secret)).build();
    }

    /** Replaces URL and categories; {@code active: true} re-enables a disabled endpoint. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public SubscriptionView update(@PathParam("id") UUID id, @Valid @NotNull SubscriptionRequest request) {
        validate(request);
        WebhookSubscription s = owned(id);
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
        s.updatedAt = OffsetDateTime.now(clock);
        return SubscriptionView.of(s, null);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response delete(@PathParam("id") UUID id) {
        owned(id).delete();
        return Response.noContent().build();
    }

    /** A new secret; the previous one keeps signing (a second signature) for a while so receivers can switch. */
    @POST
    @Path("{id}/rotate-secret")
    @Transactional
    @Operation(operationId = "rotateWebhookSecret", summary = "Issue a new signing secret for the subscription")
    public SubscriptionView rotate(@PathParam("id") UUID id) {
        WebhookSubscription s = owned(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        s.previousSecret = s.secret;
        s.previousSecretUntil = now.plus(previousSecretValidity);
        s.secret = WebhookSigner.newSecret();
        s.updatedAt = now;
        return SubscriptionView.of(s, s.secret);
    }

    /** Sends a signed ping CloudEvent at once and reports what the endpoint answered (not retried). */
    @POST
    @Path("{id}/ping")
    public PingResult ping(@PathParam("id") UUID id) {
        WebhookSubscription s = owned(id);
        String pingId = UUID.randomUUID().toString();
        String body = """
                {"specversion":"1.0","id":"%s","source":"/iccsp/notification-service",\
                "type":"org.iccsp.notification.webhook.ping.v1","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","data":{"subscriptionId":"%s"}}"""
                .formatted(pingId, s.id, OffsetDateTime.now(clock), s.id);
        WebhookClient.Outcome outcome = client.post(s, pingId, body);
        return new PingResult(outcome.delivered(), outcome.status(), outcome.detail());
    }

    private WebhookSubscription owned(UUID id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
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
