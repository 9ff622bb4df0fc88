package org.iccsp.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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
}
