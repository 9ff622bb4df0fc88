package org.iccsp.gateway.web.common;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Renders a page inside the layout in the reader's language (its message bundles and direction),
 * remembering a language picked with {@code ?lang=} in a cookie.
 */
@RequestScoped
public class Pages {
    public static final String LANG_COOKIE = "lang";

    private final SecurityIdentity identity;
    private final UriInfo uri;
    private final HttpHeaders headers;
    private final Request request;

    public Pages(SecurityIdentity identity, UriInfo uri, HttpHeaders headers, Request request) {
        this.identity = identity;
        this.uri = uri;
        this.headers = headers;
        this.request = request;
    }

    public String lang() {
        var remembered = headers.getCookies().get(LANG_COOKIE);
        return Chrome.language(uri.getQueryParameters().getFirst("lang"),
                remembered == null ? null : remembered.getValue());
    }

    public Response render(TemplateInstance page) {
        return render(page, 200);
    }

    /** The page with another status: a form shown again with the service's refusal (400, 409, 422). */
    public Response render(TemplateInstance page, int status) {
        String lang = lang();
        // an error page may be rendered on the I/O thread, where the (lazy) identity must not be resolved
        SecurityIdentity who = BlockingOperationControl.isBlockingAllowed() ? identity : null;
        Response.ResponseBuilder response = Response.status(status)
                .entity(page.data("chrome", Chrome.of(lang, who, langLink())).setLocale(lang))
                .type("text/html;charset=UTF-8");
        if (uri.getQueryParameters().containsKey("lang")) {
            response.cookie(new NewCookie.Builder(LANG_COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return response.build();
    }

    /**
     * The start of the links to this page in another language: the same path and query (a search
     * keeps its words) with {@code lang=} last. A form's answer (a POST) links to its own address,
     * which shows the form again.
     */
    private String langLink() {
        if (!"GET".equals(request.getMethod())) {
            return "?lang=";
        }
        StringBuilder link = new StringBuilder(uri.getRequestUri().getRawPath()).append('?');
        String query = uri.getRequestUri().getRawQuery();
        if (query != null) { // as sent, in its order: only the language changes
            for (String parameter : query.split("&")) {
                if (!parameter.isEmpty() && !parameter.equals("lang") && !parameter.startsWith("lang=")) {
                    link.append(parameter).append('&');
                }
            }
        }
        return link.append("lang=").toString();
    }
}
