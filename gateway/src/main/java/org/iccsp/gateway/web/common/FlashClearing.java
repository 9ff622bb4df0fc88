package org.iccsp.gateway.web.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A page that showed the {@link Flash} message removes its cookie, so the message is shown once. */
public class FlashClearing {
    @ServerResponseFilter
    public void clear(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getCookies().containsKey(Flash.COOKIE) || response.getStatus() / 100 == 3
                || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE) && String.valueOf(response.getHeaders()
                        .get(HttpHeaders.SET_COOKIE)).contains(Flash.COOKIE + "=")) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Flash.COOKIE).value("").path("/")
                    .maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
