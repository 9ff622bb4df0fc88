package org.iccsp.notification.preference.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.HeaderParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.notification.notice.domain.Phrases;
import org.iccsp.platform.web.EntityTags;
import org.jboss.resteasy.reactive.RestResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

/**
 * The caller's notification language and email opt-outs; the tokenised unsubscribe link needs no login:
 * GET shows a confirmation page, only POST unsubscribes, and neither shows the recipient's address.
 */
@Path("/api/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {
    private final CurrentCaller caller;
    private final Template confirm;
    private final Template done;
    private final Clock clock;
    private final Phrases phrases;

    public PreferenceResource(CurrentCaller caller, @Location("unsubscribe/confirm.html") Template confirm,
            @Location("unsubscribe/done.html") Template done, Phrases phrases, Clock clock) {
        this.caller = caller;
        this.phrases = phrases;
        this.confirm = confirm;
        this.done = done;
        this.clock = clock;
    }

    public record PreferenceRequest(@NotNull String language, @NotNull List<String> optedOut) {
    }

    public record PreferenceView(String recipient, String language, List<String> optedOut, List<String> categories,
            Set<String> critical) {
        static PreferenceView of(RecipientPreference p) {
            return new PreferenceView(p.recipient, p.language, List.of(p.optedOut), Categories.PERSONAL,
                    Categories.CRITICAL);
        }
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(operationId = "getPreferences", summary = "The signed-in user's notification preferences")
    public RestResponse<PreferenceView> get() {
        RecipientPreference p = RecipientPreference.of(me());
        return EntityTags.ok(PreferenceView.of(p), tag(p));
    }

    /** Replaces language and opt-outs; {@code If-Match} is honoured (412 when stale) but not required. */
    @PUT
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @APIResponse(responseCode = "200", description = "The preferences as saved; ETag: their new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PreferenceView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the preferences' current ETag")
    public RestResponse<PreferenceView> update(
            @Parameter(description = "the ETag of the preferences as read (optional)") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PreferenceRequest request) {
        if (!Categories.LANGUAGES.contains(request.language())) {
            throw ProblemException.invalid("language", "must be one of " + Categories.LANGUAGES);
        }
        for (int i = 0; i < request.optedOut().size(); i++) {
            String category = request.optedOut().get(i);
            if (!Categories.PERSONAL.contains(category)) {
                throw ProblemException.invalid("optedOut[" + i + "]", "must be one of " + Categories.PERSONAL);
            }
            if (Categories.isCritical(category)) {
                throw ProblemException.invalid("optedOut[" + i + "]", "critical categories cannot be turned off");
            }
        }
        RecipientPreference p = RecipientPreference.of(me());
        RecipientPreference.getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE); // If-Match is atomic
        EntityTags.checkIfMatch(ifMatch, tag(p), false);
        p.language = request.language();
        p.optedOut = new LinkedHashSet<>(request.optedOut()).toArray(String[]::new);
        p.changed(OffsetDateTime.now(clock));
        return EntityTags.ok(PreferenceView.of(p), tag(p));
    }

    private static String tag(RecipientPreference p) {
        return EntityTags.ofVersion(p.version);
    }

    /** What an unsubscribe answers to a program (one-click POST): never the recipient's address. */
    public record UnsubscribeView(String category, List<String> optedOut) {
    }

    /**
     * The link in every non-critical email: a confirmation page that changes nothing (mail scanners and
     * link previews follow links) and never shows the recipient's address; its button POSTs.
     */
    @GET
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribePage", summary = "The e-mailed unsubscribe link: a confirmation page that changes nothing")
    public Response unsubscribePage(@QueryParam("token") String token, @QueryParam("category") String category) {
        RecipientPreference p = recipientOf(token, category);
        String action = "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
        return page(inLanguage(confirm, p.language, category).data("action", action)
                .data("already", List.of(p.optedOut).contains(category)).render());
    }

    /** The confirmation page's button (a browser): opts the token's recipient out of one category. */
    @POST
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(operationId = "unsubscribe", summary = "Opt the token's recipient out of one category (the confirmation page's button, or RFC 8058 one-click)")
    public Response unsubscribeForm(@QueryParam("token") String token, @QueryParam("category") String category) {
        RecipientPreference p = recipientOf(token, category);
        optOut(p, category);
        return page(inLanguage(done, p.language, category).render());
    }

    /**
     * A page in the recipient's language (the language of the emails they get): the {@code notice:} message
     * bundle's wording, {@code dir="rtl"} for Arabic and Hebrew, the category by its name in that language.
     */
    private TemplateInstance inLanguage(Template template, String language, String category) {
        String lang = Phrases.LANGUAGES.contains(language) ? language : "en";
        return template.instance().setAttribute(MessageBundles.ATTRIBUTE_LOCALE, Locale.forLanguageTag(lang))
                .data("lang", lang).data("dir", Phrases.direction(lang))
                .data("categoryName", phrases.get(lang, "category." + category, Map.of()));
    }

    /** RFC 8058 one-click unsubscribe (mail clients) posts to the same address. */
    @POST
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "unsubscribe", summary = "Opt the token's recipient out of one category (the confirmation page's button, or RFC 8058 one-click)")
    public UnsubscribeView unsubscribe(@QueryParam("token") String token, @QueryParam("category") String category) {
        return optOut(recipientOf(token, category), category);
    }

    private UnsubscribeView optOut(RecipientPreference p, String category) {
        List<String> optedOut = new ArrayList<>(List.of(p.optedOut));
        if (!optedOut.contains(category)) {
            optedOut.add(category);
        }
        if (optedOut.size() != p.optedOut.length) {
            p.optedOut = optedOut.toArray(String[]::new);
            p.changed(OffsetDateTime.now(clock));
        }
        return new UnsubscribeView(category, optedOut);
    }

    private static RecipientPreference recipientOf(String token, String category) {
        if (category == null || !Categories.PERSONAL.contains(category) || Categories.isCritical(category)) {
            throw ProblemException.invalid("category", "must be a non-critical category of " + Categories.PERSONAL);
        }
        RecipientPreference p = token == null ? null : RecipientPreference.byToken(token);
        if (p == null) {
            throw ProblemException.notFound("unsubscribe token", "given");
        }
        return p;
    }

    /** The token is in the address: not cached, not sent on as a Referer. */
    private static Response page(String html) {
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private String me() {
        String email = caller.get().email();
        if (email == null || email.isBlank()) {
            throw ProblemException.forbidden("preferences are kept per email address: the token has no email claim");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
