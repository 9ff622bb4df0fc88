package org.iccsp.directory.organization.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.iccsp.directory.organization.domain.Sector;

@Path("/api/v1/sectors")
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {

    public record SectorView(String code, String label) {
    }

    @GET
    public List<SectorView> list() {
        return Arrays.stream(Sector.values()).map(s -> new SectorView(s.code(), s.label())).toList();
    }
}
