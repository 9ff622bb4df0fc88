package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.iccsp.platform.testing.IatiStandard;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 through the gateway: the open-data exports of pledge-service. GB's loan (announced, committed, partly
 * disbursed to a named recipient) is in the IATI activity file, which validates against the official IATI 2.03 XSD
 * and uses only codelist codes, as GB's organisation file does; FR's pledge sealed under an embargo is in no export;
 * a current copy is a 304 (bad parameters: MalformedInputIT).
 */
@RealStack
class OpenDataExportsIT {
    private static final String SEALED_TARGET = "Sealed export orchard " + UUID.randomUUID();

    private static String pledge(Callers who, String amount, String target, String extra) {
        return Api.expect(who, "POST", "/api/v1/pledges", """
                {"amount": "%s", "currency": "EUR", "valueDate": "2026-02-02", "verticals": ["dialogue-and-reconciliation"],
                 "target": {"kind": "cso-project", "ref": "org-0001/project-1", "name": "%s"}, "newMoney": true %s}"""
                .formatted(amount, target, extra), 201).get("id").asText();
    }

    @Test
    void theExportsPublishAnnouncedPledgesValidlyAndNothingSealed() throws Exception {
        String loan = pledge(Callers.GOV_GB, "1500.00", "Export classrooms", ", \"financeType\": \"421\"");
        for (String action : List.of("submit", "announce", "commit")) {
            Api.expect(Callers.GOV_GB, "POST", "/api/v1/pledges/" + loan + "/transitions", "{\"action\": \"" + action + "\"}", 200);
        }
        Api.expect(Callers.GOV_GB, "POST", "/api/v1/pledges/" + loan + "/transitions",
                "{\"action\": \"disburse\", \"amount\": \"500.00\", \"date\": \"2026-02-03\", \"recipient\": \"org-0002\"}", 200);
        String embargo = Api.expect(Callers.ADMIN, "POST", "/api/v1/embargoes",
                "{\"name\": \"exports-it-" + UUID.randomUUID() + "\"}", 201).get("id").asText();
        String sealed = pledge(Callers.GOV_FR, "987.65", SEALED_TARGET, "");
        Api.expect(Callers.GOV_FR, "POST", "/api/v1/pledges/" + sealed + "/transitions",
                "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}", 200);

        Http.Reply activities = Api.call(Callers.ANONYMOUS, "GET", "/api/v1/exports/iati/activities.xml", null);
        assertEquals(200, activities.status(), activities.body());
        assertEquals("application/xml", activities.contentType());
        IatiStandard.validateActivities(activities.body());
        IatiStandard.checkCodes(activities.body());
        assertTrue(activities.body().contains("-" + loan + "</iati-identifier>"), "GB's announced loan is published");
        assertTrue(activities.body().contains("<receiver-org ref=\"org-0002\">"), "its disbursement names the recipient");

        Http.Reply organisation = Api.call(Callers.ANONYMOUS, "GET", "/api/v1/exports/iati/organisations/GB.xml", null);
        assertEquals(200, organisation.status(), organisation.body());
        IatiStandard.validateOrganisations(organisation.body());
        IatiStandard.checkCodes(organisation.body());

        Http.Reply json = Api.call(Callers.ANONYMOUS, "GET", "/api/v1/exports/flows.json", null);
        assertEquals(200, json.status(), json.body());
        JsonNode flows = json.json();
        long loanRows = 0;
        for (JsonNode f : flows) {
            loanRows += f.get("pledgeId").asText().equals(loan) ? 1 : 0;
        }
        assertEquals(2, loanRows, "paid 500 to org-0002 and 1000 still committed: " + json.body());
        Http.Reply csv = Api.call(Callers.ANONYMOUS, "GET", "/api/v1/exports/flows.csv", null);
        assertEquals(200, csv.status());
        assertEquals("text/csv", csv.contentType());
        assertEquals(flows.size() + 1, csv.body().split("\r\n").length, "a header row and the JSON's rows");

        for (Callers who : List.of(Callers.ANONYMOUS, Callers.GOV_FR, Callers.ADMIN)) {
            for (String export : List.of("/api/v1/exports/iati/activities.xml", "/api/v1/exports/flows.csv",
                    "/api/v1/exports/flows.json", "/api/v1/exports/iati/organisations/FR.xml")) {
                String body = Api.call(who, "GET", export, null).body();
                for (String secret : List.of(sealed, SEALED_TARGET, "987.65")) {
                    assertFalse(body.contains(secret), export + " as " + who.column + " holds " + secret);
                }
            }
        }
    }

    @Test
    void aCurrentCopyIsNotSentAgain() {
        for (String export : List.of("/api/v1/exports/iati/organisations/GB.xml", "/api/v1/exports/flows.csv",
                "/api/v1/exports/flows.json")) {
            Http.Reply first = Api.call(Callers.ANONYMOUS, "GET", export, null);
            assertEquals(200, first.status(), first.body());
            String tag = header(first, "ETag");
            assertNotNull(header(first, "Last-Modified"));
            Http.Reply again = Http.call("GET", LocalStack.GATEWAY + export, null, null, null, "If-None-Match", tag);
            assertEquals(304, again.status(), export);
            assertEquals(tag, header(again, "ETag"));
            Http.Reply since = Http.call("GET", LocalStack.GATEWAY + export, null, null, null, "If-Modified-Since",
                    header(first, "Last-Modified"));
            assertEquals(304, since.status(), export);
        }
    }

    private static String header(Http.Reply reply, String name) {
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
