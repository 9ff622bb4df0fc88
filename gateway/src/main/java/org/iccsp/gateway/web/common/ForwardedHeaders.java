package org.iccsp.gateway.web.common;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.iccsp.platform.observability.RequestIds;
import org.iccsp.platform.observability.TraceContext;

/**
 * The headers every typed service client sends (registered with {@code @RegisterClientHeaders}): the
 * signed-in person's access token as the bearer token (the browser never sees it), the page request's
 * trace context and its X-Request-Id, so the service authorises the person and its work is part of the
 * page's trace.
 */
@ApplicationScoped
public class ForwardedHeaders implements ClientHeadersFactory {
    private final Instance<SecurityIdentity> identity;
    private final TraceContext traces;

    public ForwardedHeaders(Instance<SecurityIdentity> identity, TraceContext traces) {
        this.identity = identity;
        this.traces = traces;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Accept", "application/json, text/calendar, */*");
        traces.propagate(headers::putSingle);
        RequestIds.propagate(headers::putSingle);
        SecurityIdentity caller = identity.get();
        if (caller != null && !caller.isAnonymous()) {
            AccessTokenCredential credential = caller.getCredential(AccessTokenCredential.class);
            if (credential != null && credential.getToken() != null) {
                headers.putSingle("Authorization", "Bearer " + credential.getToken());
            }
        }
        return headers;
    }
}
