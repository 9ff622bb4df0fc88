package org.iccsp.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** The operationIds the filter derives where a resource names none (the services' documents are checked by ServiceContract). */
class OpenApiConventionsTest {

    @Test
    void operationIdsReadLikeWhatTheOperationDoes() {
        assertEquals("createOrganization", OpenApiConventions.operationId(HttpMethod.POST, "/api/v1/organizations"));
        assertEquals("listPledges", OpenApiConventions.operationId(HttpMethod.GET, "/api/v1/pledges"));
        assertEquals("getPledge", OpenApiConventions.operationId(HttpMethod.GET, "/api/v1/pledges/{id}"));
        assertEquals("updatePledge", OpenApiConventions.operationId(HttpMethod.PATCH, "/api/v1/pledges/{id}"));
        assertEquals("replaceEvent", OpenApiConventions.operationId(HttpMethod.PUT, "/api/v1/events/{id}"));
        assertEquals("createPledgeTransition", OpenApiConventions.operationId(HttpMethod.POST, "/api/v1/pledges/{id}/transitions"));
        assertEquals("releaseEmbargo", OpenApiConventions.operationId(HttpMethod.POST, "/api/v1/embargoes/{id}/release"));
        assertEquals("getOrganizationHistory", OpenApiConventions.operationId(HttpMethod.GET, "/api/v1/organizations/{id}/history"));
        assertEquals("listEventSessions", OpenApiConventions.operationId(HttpMethod.GET, "/api/v1/events/{id}/sessions"));
        assertEquals("deleteEventSession", OpenApiConventions.operationId(HttpMethod.DELETE, "/api/v1/events/{id}/sessions/{sessionId}"));
        assertEquals("getFundingSummary", OpenApiConventions.operationId(HttpMethod.GET, "/api/v1/funding/summary"));
        assertEquals("replaceExchangeRates", OpenApiConventions.operationId(HttpMethod.PUT, "/api/v1/exchange-rates"));
        assertEquals("listWorkingGroups", OpenApiConventions.operationId(HttpMethod.GET, "/api/v1/working-groups"));
    }

    @Test
    void tagsAreTheCollectionsInWords() {
        assertEquals("Working groups", OpenApiConventions.human("working-groups"));
        assertEquals("working-groups", OpenApiConventions.collectionOf("/api/v1/working-groups/{id}/chair").orElseThrow());
    }

    @Test
    void pagedListsDeclareLinkAndTaggedResourcesDeclareETagAnd412And428() {
        Operation list = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation read = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation patch = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation untagged = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(list))
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(read).PATCH(patch))
                .addPathItem("/api/v1/others/{id}", OASFactory.createPathItem().GET(untagged)));

        new OpenApiConventions().filterOpenAPI(document);

        assertNotNull(list.getResponses().getAPIResponse("200").getHeaders().get("Link"));
        assertNotNull(read.getResponses().getAPIResponse("200").getHeaders().get("ETag"));
        assertNotNull(patch.getResponses().getAPIResponse("200").getHeaders().get("ETag"));
        assertEquals("application/problem+json", patch.getResponses().getAPIResponse("412").getContent().getMediaTypes()
                .keySet().iterator().next());
        assertNotNull(patch.getResponses().getAPIResponse("428"));
        assertNull(untagged.getResponses().getAPIResponse("200").getHeaders());
        assertNull(list.getResponses().getAPIResponse("412"));
    }

    @Test
    void aJacksonJsonNodeFieldIsAnyJsonAndALocalDateTimeIsNoRfc3339DateTime() {
        Schema jsonNode = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("nodeType", OASFactory.createSchema().ref("JsonNodeType"))
                .addProperty("empty", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN));
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("details", OASFactory.createSchema().ref("JsonNode"))
                .addProperty("startsAt", OASFactory.createSchema().ref("LocalDateTime"));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()))))
                .components(OASFactory.createComponents().addSchema("View", view).addSchema("JsonNode", jsonNode)
                        .addSchema("JsonNodeType", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .addSchema("LocalDateTime", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")));

        new OpenApiConventions().filterOpenAPI(openAPI);

        var schemas = openAPI.getComponents().getSchemas();
        assertNull(schemas.get("View").getProperties().get("details").getRef(), "any JSON: no $ref, no type");
        assertNull(schemas.get("View").getProperties().get("details").getType());
        assertFalse(schemas.containsKey("JsonNode"));
        assertFalse(schemas.containsKey("JsonNodeType"));
        Schema local = schemas.get("LocalDateTime");
        assertEquals("local-date-time", local.getFormat());
        assertTrue("2030-03-10T09:00:00".matches(local.getPattern()));
        assertFalse("2030-03-10T09:00:00Z".matches(local.getPattern()), "no offset");
        assertEquals(List.of(Schema.SchemaType.STRING), local.getType());
    }

    @Test
    void aPropertyThatIsNotRequiredMayBeNull() {
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addRequired("id")
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("state", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("a", "b")))
                .addProperty("at", OASFactory.createSchema().ref("OffsetDateTime").description("when"))
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()))))
                .components(OASFactory.createComponents().addSchema("View", view));

        new OpenApiConventions().filterOpenAPI(openAPI);

        var properties = openAPI.getComponents().getSchemas().get("View").getProperties();
        assertEquals(List.of(Schema.SchemaType.STRING), properties.get("id").getType(), "required: never null");
        assertEquals(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL), properties.get("note").getType());
        assertTrue(properties.get("state").getEnumeration().contains(null), "null is one of the enum's values too");
        assertNull(properties.get("at").getRef());
        assertEquals("#/components/schemas/OffsetDateTime", properties.get("at").getAnyOf().get(0).getRef());
        assertEquals(List.of(Schema.SchemaType.NULL), properties.get("at").getAnyOf().get(1).getType());
        assertEquals("when", properties.get("at").getDescription());
        assertEquals(List.of(Schema.SchemaType.ARRAY, Schema.SchemaType.NULL), properties.get("items").getType());
        assertEquals(List.of(Schema.SchemaType.STRING), properties.get("items").getItems().getType(), "the items are not");
    }
}
