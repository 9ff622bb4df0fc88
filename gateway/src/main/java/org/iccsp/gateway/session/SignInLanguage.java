package org.iccsp.gateway.session;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.gateway.web.common.Chrome;
import org.iccsp.gateway.web.common.Pages;

/**
 * Keycloak's sign-in page in the language of the page the person came from (docs/adr/0012): the redirect to
 * the authorization endpoint carries the page language as {@code ui_locales} (OpenID Connect) and
 * {@code kc_locale} (Keycloak's own, which wins over a language Keycloak remembered in its cookie from an
 * earlier sign-in). The language is the page's: {@code ?lang=} on the request, else the {@code lang} cookie,
 * else English, as Pages decides it.
 */
@ApplicationScoped
@Unremovable // Quarkus OIDC finds its redirect filters by a lookup, which ArC does not count as a use
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie remembered = context.routingContext().request().getCookie(Pages.LANG_COOKIE);
        String lang = Chrome.language(context.routingContext().request().getParam("lang"),
                remembered == null ? null : remembered.getValue());
        context.additionalQueryParams().set("ui_locales", lang);
        context.additionalQueryParams().set("kc_locale", lang);
    }
}
