package org.iccsp.gateway.web.data;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iccsp.gateway.web.common.Pages;

/**
 * "Open data": every export and feed the platform publishes, its format, its licence (CC BY 4.0) and
 * its last update, with the {@code webcal://} link of the public calendar. Anyone may read it.
 */
@Path("/data")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DataPage {
    private final Pages pages;
    private final Template data;
    private final OpenData openData;

    public DataPage(Pages pages, @Location("data/data.html") Template data, OpenData openData) {
        this.pages = pages;
        this.data = data;
        this.openData = openData;
    }

    @GET
    public Response page(@Context UriInfo uri) {
        List<OpenData.Update> updates = openData.updates();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < OpenData.DATASETS.size(); i++) {
            OpenData.Dataset dataset = OpenData.DATASETS.get(i);
            OpenData.Update update = updates.get(i);
            rows.add(Map.of("key", dataset.key(), "path", dataset.path(), "format", dataset.format(),
                    "linked", dataset.linked(), "state", update.state().name(), "iso", update.iso()));
        }
        String authority = uri.getBaseUri().getRawAuthority();
        return pages.render(data.data("datasets", rows).data("licence", OpenData.LICENCE)
                .data("licenceUrl", OpenData.LICENCE_URL)
                .data("webcal", "webcal://" + authority + "/api/v1/feeds/events.ics"));
    }
}
