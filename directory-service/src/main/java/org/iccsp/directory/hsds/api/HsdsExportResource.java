package org.iccsp.directory.hsds.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.directory.hsds.domain.Hsds;
import org.iccsp.directory.hsds.domain.HsdsMapping;
import org.iccsp.directory.hsds.persistence.PublicDirectory;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Freshness;
import org.iccsp.platform.web.ProblemException;

/**
 * The whole public directory as HSDS 3.0 organizations, each with its services, streamed: a JSON array
 * (default) or NDJSON ({@code format=ndjson}, one organization a line, HSDS's own streaming format). Rows
 * are read by keyset in batches of {@value #BATCH}, each in its own short transaction and detached once
 * written, so memory stays one batch whatever the size of the directory (docs/adr/0015). Parameters are
 * checked, and a conditional GET answered, before the first byte is written.
 */
@Path("/api/v1/exports/hsds")
public class HsdsExportResource {
    static final int BATCH = 500;
    static final String NDJSON = "application/x-ndjson";

    private final PublicDirectory directory;
    private final ObjectMapper json;

    public HsdsExportResource(PublicDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @GET
    @Path("organizations.json")
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(operationId = "exportHsdsOrganizations",
            summary = "Bulk export of the public directory as HSDS 3.0 organizations with their services (CC BY 4.0)")
    @APIResponse(responseCode = "200", description = "Every public organization, by id; streamed",
            headers = {@Header(name = "ETag", description = "the export's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = "when the directory last changed", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Hsds.Organization.class)),
                    @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                            description = "one HSDS organization (JSON) a line"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    public Response organizations(
            @Parameter(description = "json (default): one JSON array; ndjson: one organization a line")
            @QueryParam("format") String format,
            @Context UriInfo uri, @Context Request request) {
        Freshness.onlyParameters(uri, "format");
        format = uri.getQueryParameters().getFirst("format"); // "format=" is "", not absent: refused too
        boolean ndjson;
        if (format == null || format.equals("json")) {
            ndjson = false;
        } else if (format.equals("ndjson")) {
            ndjson = true;
        } else {
            throw ProblemException.invalid("format", "must be json or ndjson");
        }
        Freshness freshness = QuarkusTransaction.requiringNew().call(directory::freshness);
        return freshness.notModified(request).orElseGet(() -> freshness.validators(
                Response.ok((StreamingOutput) out -> write(out, ndjson), ndjson ? NDJSON + "; charset=UTF-8"
                        : MediaType.APPLICATION_JSON + "; charset=UTF-8")).build());
    }

    private void write(OutputStream out, boolean ndjson) throws java.io.IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (!ndjson) {
                generator.writeStartArray();
            }
            String after = null;
            while (true) {
                String from = after;
                Batch batch = QuarkusTransaction.requiringNew().call(() -> batch(from));
                for (Hsds.Organization organization : batch.organizations()) {
                    json.writeValue(generator, organization);
                    if (ndjson) {
                        generator.writeRaw('\n');
                    }
                }
                generator.flush();
                if (batch.organizations().size() < BATCH) {
                    break;
                }
                after = batch.lastId();
            }
            if (!ndjson) {
                generator.writeEndArray();
            }
        }
    }

    private record Batch(List<Hsds.Organization> organizations, String lastId) {
    }

    private Batch batch(String after) {
        List<Organization> organizations = directory.organizationsAfter(after, BATCH);
        Map<String, List<Project>> projects = directory.projectsOf(organizations.stream().map(o -> o.id).toList());
        List<Hsds.Organization> mapped = organizations.stream()
                .map(o -> HsdsMapping.organization(o, projects.get(o.id))).toList();
        String lastId = organizations.isEmpty() ? after : organizations.get(organizations.size() - 1).id;
        directory.clear();
        return new Batch(mapped, lastId);
    }
}
