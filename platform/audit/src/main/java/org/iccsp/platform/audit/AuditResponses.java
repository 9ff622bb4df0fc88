package org.iccsp.platform.audit;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The answer of a service's audit endpoint: the page, and a {@code Link: <…>; rel="next"} when there is more. */
public final class AuditResponses {
    private AuditResponses() {
    }

    public static RestResponse<AuditPage> of(AuditPage page, UriInfo uri) {
        RestResponse.ResponseBuilder<AuditPage> answer = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            // A relative reference (path and query): it resolves against whatever host the caller used,
            // the gateway's included.
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
            answer.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
