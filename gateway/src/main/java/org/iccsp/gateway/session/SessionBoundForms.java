package org.iccsp.gateway.session;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Binds every form to the signed-in session that was shown it. quarkus-rest-csrf's token is a signed
 * double submit (cookie + field) that proves the form came from this site, but not from this session: a
 * token pair from one session would do for another. So each form also carries {@value #FIELD}, an HMAC
 * of the session's key ({@link SessionKeys}, or the person's name when there is no code-flow session)
 * under the session secret, and a form post whose field does not match the poster's session is a 400.
 */
public class SessionBoundForms {
    public static final String FIELD = "csrf-session";

    @ConfigProperty(name = "iccsp.session-secret")
    Optional<String> secret;

    @Inject
    CurrentIdentityAssociation identities;

    /** The field's value for a session (what the {@code csrf} tag puts in every form). */
    public static String token(String secret, SecurityIdentity identity) {
        String key = SessionKeys.of(identity).orElseGet(() -> identity == null || identity.isAnonymous() ? "anonymous"
                : "name:" + identity.getPrincipal().getName());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("form|" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @ServerRequestFilter(readBody = true)
    public Uni<Response> check(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type) || secret.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                return null; // signing in is required first: the page answers for itself
            }
            String expected = token(secret.get(), identity);
            boolean matches = sent instanceof String s && MessageDigest.isEqual(
                    s.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
            return matches ? null : Response.status(400).type("text/plain;charset=UTF-8")
                    .entity("This form was not shown to your session. Go back, reload the page and send it again.").build();
        });
    }

    /** For the templates: {@code {inject:sessionForm.token}}. */
    @RequestScoped
    @Named("sessionForm")
    public static class Token {
        @ConfigProperty(name = "iccsp.session-secret")
        Optional<String> secret;

        @Inject
        SecurityIdentity identity;

        public String getToken() {
            return secret.map(s -> token(s, identity)).orElse("");
        }
    }
}
