package org.iccsp.notification.preference.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

/** The caller's notification language and email opt-outs; the tokenised unsubscribe link needs no login. */
@Path("/api/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {
    private final CurrentCaller caller;

    public PreferenceResource(CurrentCaller caller) {
        this.caller = caller;
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
    public PreferenceView get() {
        return PreferenceView.of(RecipientPreference.of(me()));
    }

    @PUT
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public PreferenceView update(@Valid @NotNull PreferenceRequest request) {
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
        p.language = request.language();
        p.optedOut = new LinkedHashSet<>(request.optedOut()).toArray(String[]::new);
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return PreferenceView.of(p);
    }

    /** The link in every non-critical email: opts the token's recipient out of one category. */
    @GET
    @Path("unsubscribe")
    @PermitAll
    @Transactional
    @Operation(operationId = "followUnsubscribeLink", summary = "Follow an e-mailed unsubscribe link: opts the token's recipient out of one category")
    public PreferenceView unsubscribeLink(@QueryParam("token") String token, @QueryParam("category") String category) {
        return unsubscribe(token, category);
    }

    /** RFC 8058 one-click unsubscribe posts to the same address. */
    @POST
    @Path("unsubscribe")
    @PermitAll
    @Transactional
    @Operation(operationId = "unsubscribeOneClick", summary = "RFC 8058 one-click unsubscribe from one category")
    public PreferenceView unsubscribe(@QueryParam("token") String token, @QueryParam("category") String category) {
        if (category == null || !Categories.PERSONAL.contains(category) || Categories.isCritical(category)) {
            throw ProblemException.invalid("category", "must be a non-critical category of " + Categories.PERSONAL);
        }
        RecipientPreference p = token == null ? null : RecipientPreference.byToken(token);
        if (p == null) {
            throw ProblemException.notFound("unsubscribe token", "given");
        }
        List<String> optedOut = new ArrayList<>(List.of(p.optedOut));
        if (!optedOut.contains(category)) {
            optedOut.add(category);
        }
        p.optedOut = optedOut.toArray(String[]::new);
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return PreferenceView.of(p);
    }

    private String me() {
        String email = caller.get().email();
        if (email == null || email.isBlank()) {
            throw ProblemException.forbidden("preferences are kept per email address: the token has no email claim");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
