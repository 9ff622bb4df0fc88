package org.iccsp.pledge.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.iccsp.pledge.PledgeFixtures.create;
import static org.iccsp.pledge.PledgeFixtures.pledge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** Drafting a pledge: validation, ownership from the token, and Idempotency-Key. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class PledgeSubmissionTest {

    @Test
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aRetryWithTheSameKeyGetsTheSamePledgeAndADifferentBodyIsRefused() {
        String key = "gb-retry-" + System.nanoTime();
        String body = pledge("2500000.00", "GBP", "2026-01-15");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/pledges").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("memberCode", equalTo("GB")).body("status", equalTo("draft"))
                .body("amount", equalTo("2500000.00")).body("currency", equalTo("GBP"))
                .body("verticals", hasItem("education")).body("target.kind", equalTo("cso-project"))
                .extract().path("id");
        long pledges = Pledge.count();

        // the same request again, even with its amount written differently, is the same pledge
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(pledge("2500000", "GBP", "2026-01-15"))
                .when().post("/api/v1/pledges").then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(pledge("9999.00", "GBP", "2026-01-15"))
                .when().post("/api/v1/pledges").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(pledges, Pledge.count());
    }

    @Test
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void concurrentRetriesWithOneKeyCreateOnePledge() throws Exception {
        String key = "gb-race-" + System.nanoTime();
        String body = pledge("777.00", "GBP", "2026-01-15");
        long pledges = Pledge.count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body).when().post("/api/v1/pledges").andReturn()));
            }
            Set<String> ids = new HashSet<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> call : calls) {
                Response response = call.get(30, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "every retry answers with the same pledge");
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one call created it: " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), "the others replayed it: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(pledges + 1, Pledge.count());
    }

    @Test
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void badInputIsA4xxNamingTheFieldAndWritesNothing() {
        long pledges = Pledge.count();
        long outbox = OutboxEvent.count();

        create(pledge("100.00", "ABC", "2026-01-15")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("currency"));
        create(pledge("100.00", "XAU", "2026-01-15")).statusCode(400).body("errors.field", hasItem("currency"));
        create(pledge("0", "EUR", "2026-01-15")).statusCode(400).body("errors.field", hasItem("amount"));
        create(pledge("-5.00", "EUR", "2026-01-15")).statusCode(400).body("errors.field", hasItem("amount"));
        create(pledge("100.5", "JPY", "2026-01-15")).statusCode(400).body("errors.field", hasItem("amount"));
        create(pledge("10.001", "EUR", "2026-01-15")).statusCode(400).body("errors.field", hasItem("amount"));
        create(pledge("10.0001", "KWD", "2026-01-15")).statusCode(400).body("errors.field", hasItem("amount"));
        create(pledge("100.00", "EUR", "2026-13-40")).statusCode(400).contentType("application/problem+json");
        create(pledge("100.00", "EUR", "2026-01-15").replace("education", "juggling")).statusCode(400)
                .body("errors.field", hasItem("verticals[1]"));
        create(pledge("100.00", "EUR", "2026-01-15").replace("cso-project", "yacht")).statusCode(400);
        create(pledge("100.00", "EUR", "2026-01-15").replace("\"newMoney\": true", "\"memberCode\": \"FR\", \"newMoney\": true"))
                .statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(pledge("100.00", "EUR", "2026-01-15"))
                .when().post("/api/v1/pledges").then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));

        assertEquals(pledges, Pledge.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    @Test
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void currenciesKeepTheirOwnMinorUnits() {
        create(pledge("1000.125", "KWD", "2026-01-15")).statusCode(201).body("amount", equalTo("1000.125"));
        create(pledge("150000000", "JPY", "2026-01-15")).statusCode(201).body("amount", equalTo("150000000"));
    }

    @Test
    @TestSecurity(user = "gov-nobody", roles = "government")
    void aGovernmentAccountWithoutAGovernmentCodeIsForbidden() {
        create(pledge("100.00", "EUR", "2026-01-15")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "cso-bashir", roles = "cso")
    void csosCannotPledge() {
        create(pledge("100.00", "EUR", "2026-01-15")).statusCode(403);
    }

    @Test
    void anonymousCannotPledge() {
        create(pledge("100.00", "EUR", "2026-01-15")).statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void anAdminPledgesForANamedMember() {
        create(pledge("100.00", "EUR", "2026-01-15")).statusCode(400).body("errors.field", hasItem("memberCode"));
        create(pledge("100.00", "EUR", "2026-01-15").replace("\"newMoney\"", "\"memberCode\": \"ZZ\", \"newMoney\""))
                .statusCode(400).body("errors.field", hasItem("memberCode"));
        create(pledge("100.00", "EUR", "2026-01-15").replace("\"newMoney\"", "\"memberCode\": \"EU\", \"newMoney\""))
                .statusCode(201).body("memberCode", equalTo("EU"));
    }
}
