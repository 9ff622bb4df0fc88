package org.iccsp.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Path and query parameters must be {@link PlainText} too, before any resource (or database) sees them. */
public class PlainTextParameters {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (!PlainText.isAcceptable(request.getUriInfo().getPath())) {
            throw new InvalidParameterException("path", PlainText.MESSAGE);
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!PlainText.isAcceptable(parameter.getKey())
                    || !parameter.getValue().stream().allMatch(PlainText::isAcceptable)) {
                throw new InvalidParameterException(PlainText.isAcceptable(parameter.getKey()) ? parameter.getKey() : "query",
                        PlainText.MESSAGE);
            }
        }
    }
}
