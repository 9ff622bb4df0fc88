package org.iccsp.gateway.web.common;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The start page, and /login (an authenticated path: the OIDC code flow runs before it, then back to the page). */
@Path("/")
public class HomePage {
    private final Pages pages;
    private final Template home;

    public HomePage(Pages pages, @Location("home.html") Template home) {
        this.pages = pages;
        this.home = home;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        return pages.render(home.instance());
    }

    /**
     * Reached once signed in (the code flow ran first, and Quarkus OIDC restored this address with its query):
     * back to the page "Sign in" was clicked on, when {@code return} is a path of this site (ReturnPath).
     */
    @GET
    @Path("login")
    public Response login(@QueryParam("return") String back) {
        return Response.seeOther(URI.create(ReturnPath.fromLogin(back).orElse("/"))).build();
    }
}
