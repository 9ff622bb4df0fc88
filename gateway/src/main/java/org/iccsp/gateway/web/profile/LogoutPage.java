package org.iccsp.gateway.web.profile;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.gateway.session.RevokedSessions;
import org.iccsp.gateway.session.SessionKeys;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.PageLinks;

/**
 * Signing out. {@code GET /logout} only asks (a link or an image cannot sign anyone out); the
 * confirmation form posts to {@code /logout} with its CSRF fields, which ends the session on the
 * server (a saved copy of the session cookie no longer signs anyone in: {@link RevokedSessions}),
 * removes the session cookie and sends the browser to the identity provider's end-session endpoint
 * (RP-initiated logout), which comes back to the start page.
 */
@Path("/logout")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class LogoutPage {
    private final Pages pages;
    private final Template confirm;
    private final SecurityIdentity identity;
    private final RevokedSessions revoked;
    private final Instance<OidcSession> session;
    private final Instance<OidcConfigurationMetadata> metadata;
    private final UriInfo uri;
    private final String clientId;

    public LogoutPage(Pages pages, @Location("logout.html") Template confirm, SecurityIdentity identity,
            RevokedSessions revoked, Instance<OidcSession> session, Instance<OidcConfigurationMetadata> metadata,
            UriInfo uri, @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.pages = pages;
        this.confirm = confirm;
        this.identity = identity;
        this.revoked = revoked;
        this.session = session;
        this.metadata = metadata;
        this.uri = uri;
        this.clientId = clientId;
    }

    @GET
    public Response ask() {
        return pages.render(confirm.instance());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        String home = uri.getBaseUri().resolve("/").toString();
        if (SessionKeys.of(identity).isEmpty()) { // no browser session (a tool's bearer token): nothing to end
            return Response.seeOther(URI.create("/")).build();
        }
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        revoked.revoke(identity);
        session.get().logout().await().indefinitely(); // the session cookie is removed with this answer
        String endSession = metadata.isResolvable() ? metadata.get().getEndSessionUri() : null;
        if (endSession == null) {
            return Response.seeOther(URI.create("/")).cookie(expired("q_session")).build();
        }
        String location = endSession + (endSession.contains("?") ? "&" : "?")
                + "id_token_hint=" + PageLinks.encode(idToken.getToken())
                + "&post_logout_redirect_uri=" + PageLinks.encode(home)
                + "&client_id=" + PageLinks.encode(clientId);
        return Response.seeOther(URI.create(location)).build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).build();
    }
}
