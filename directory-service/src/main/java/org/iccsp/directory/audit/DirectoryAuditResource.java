package org.iccsp.directory.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.iccsp.platform.audit.AuditLog;
import org.iccsp.platform.audit.AuditPage;
import org.iccsp.platform.audit.AuditResponses;
import org.iccsp.platform.web.Caller;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The directory's audit log (contact reads), newest first, to admins only. Its own path, not
 * /api/v1/audit: the gateway routes by the first path segment and each service keeps its own log.
 */
@Path("/api/v1/directory-audit")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryAuditResource {
    private final AuditLog audit;

    public DirectoryAuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Caller.ADMIN)
    public RestResponse<AuditPage> list(@QueryParam("action") String action, @QueryParam("subject") String subject,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") int limit, @Context UriInfo uri) {
        return AuditResponses.of(audit.page(action, subject, cursor, limit), uri);
    }
}
