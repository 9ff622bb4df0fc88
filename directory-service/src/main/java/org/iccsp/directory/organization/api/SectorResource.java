package org.iccsp.directory.organization.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sectors")
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {

    public record SectorView(String code, String label) {
    }

    /** The taxonomy in its fixed order (11 sectors: one page unless a client asks for less). */
    @GET
    public RestResponse<List<SectorView>> list(@QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit, @Context UriInfo uri) {
        Cursor after = Cursor.decode(cursor, "sectors", 1);
        int from = 0;
        if (after != null) {
            try {
                from = Sector.fromCode(after.part(0)).ordinal() + 1;
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
        }
        List<Sector> rows = Arrays.stream(Sector.values()).skip(from).limit(limit + 1L).toList();
        return Pages.of(rows, limit, s -> Cursor.of("sectors", s.code()), s -> new SectorView(s.code(), s.label()), uri);
    }
}
