package org.iccsp.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
