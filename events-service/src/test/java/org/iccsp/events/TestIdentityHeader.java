package org.iccsp.events;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Test classpath only: lets one test send requests as many different people at once (which
 * {@code @TestSecurity}, one identity per test method, cannot), from headers {@code X-Test-Subject},
 * {@code X-Test-Role} and {@code X-Test-Email}. Requests without the header authenticate as usual.
 */
@ApplicationScoped
public class TestIdentityHeader implements HttpAuthenticationMechanism {
    public static final String SUBJECT = "X-Test-Subject";
    public static final String ROLE = "X-Test-Role";
    public static final String EMAIL = "X-Test-Email";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String subject = context.request().getHeader(SUBJECT);
        if (subject == null) {
            return Uni.createFrom().nullItem();
        }
        String email = context.request().getHeader(EMAIL);
        Token token = new Token(email == null ? Map.of("sub", subject) : Map.of("sub", subject, "email", email));
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(token)
                .addRole(context.request().getHeader(ROLE)).build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    private record Token(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}
