package org.iccsp.pledge.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, as the current caller, that the funding figures hold no money the caller may not see: in
 * every reporting currency, the total is the same by every grouping and exactly the sum of the groups
 * by member, by bloc and by event; each member group is a member the caller may name; each bloc is
 * exactly the sum of its (listed) members' groups; no vertical exceeds the total. Any money in a total
 * or a bloc that is in no group the caller sees would break one of these equalities.
 */
@SuppressWarnings("unchecked")
final class FundingFigures {
    private static final List<String> PARTITIONS = List.of("member", "bloc", "event", "year");
    private static final List<String> FIGURES = List.of("announced", "committed", "disbursed");

    private FundingFigures() {
    }

    static void assertNothingHidden() {
        Map<String, String> blocOf = new HashMap<>();
        List<Map<String, Object>> members = given().when().get("/api/v1/members").then().statusCode(200).extract()
                .jsonPath().getList("$");
        members.forEach(m -> blocOf.put((String) m.get("code"), (String) m.get("bloc")));
        for (String currency : List.of("USD", "EUR")) {
            Map<String, Map<String, Object>> byGrouping = new HashMap<>();
            for (String grouping : List.of("member", "bloc", "vertical", "event", "year")) {
                Map<String, Object> summary = given().when()
                        .get("/api/v1/funding/summary?groupBy=" + grouping + "&currency=" + currency)
                        .then().statusCode(200).extract().jsonPath().getMap("$");
                assertNotNull(summary.get("total"), "a total by " + grouping);
                byGrouping.put(grouping, summary);
            }
            assertBreakdownsAddUp(byGrouping.get("member"), currency);
            assertBreakdownsAddUp(byGrouping.get("bloc"), currency);
            assertYearsAddUp(byGrouping.get("year"), currency);
            for (String figure : FIGURES) {
                BigDecimal total = amount(total(byGrouping.get("member")), figure);
                for (String grouping : byGrouping.keySet()) {
                    assertEquals(total, amount(total(byGrouping.get(grouping)), figure),
                            currency + " " + figure + ": the total by " + grouping + " differs from the total by member");
                }
                for (String grouping : PARTITIONS) {
                    BigDecimal sum = groups(byGrouping.get(grouping)).stream().map(g -> amount(g, figure))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertEquals(total, sum, currency + " " + figure + ": total minus the groups by " + grouping);
                }
                for (Map<String, Object> vertical : groups(byGrouping.get("vertical"))) {
                    assertTrue(amount(vertical, figure).compareTo(total) <= 0, "a vertical above the total: " + vertical);
                }
                Map<String, BigDecimal> blocFromMembers = new HashMap<>();
                Map<String, Integer> membersOfBloc = new HashMap<>();
                for (Map<String, Object> member : groups(byGrouping.get("member"))) {
                    String bloc = blocOf.get((String) member.get("key"));
                    assertNotNull(bloc, "a member group for a member the caller may not name: " + member);
                    blocFromMembers.merge(bloc, amount(member, figure), BigDecimal::add);
                    membersOfBloc.merge(bloc, 1, Integer::sum);
                }
                for (Map<String, Object> bloc : groups(byGrouping.get("bloc"))) {
                    String key = (String) bloc.get("key");
                    assertEquals(blocFromMembers.getOrDefault(key, BigDecimal.ZERO), amount(bloc, figure),
                            currency + " " + figure + ": bloc " + key + " minus its members' groups");
                    assertEquals(membersOfBloc.getOrDefault(key, 0), bloc.get("members"), "members of bloc " + key);
                }
            }
        }
    }

    /** Each group's pledges (the drill-down) add up to the group, and name no member the caller may not see. */
    private static void assertBreakdownsAddUp(Map<String, Object> summary, String currency) {
        for (Map<String, Object> group : groups(summary)) {
            Map<String, Object> breakdown = given().queryParam("groupBy", summary.get("groupBy"))
                    .queryParam("key", group.get("key")).queryParam("currency", currency)
                    .when().get("/api/v1/funding/pledges").then().statusCode(200).extract().jsonPath().getMap("$");
            List<Map<String, Object>> parts = (List<Map<String, Object>>) breakdown.get("parts");
            for (String figure : FIGURES) {
                BigDecimal sum = parts.stream().map(p -> amount(p, figure)).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(amount(group, figure), sum, currency + " " + figure + ": the pledges behind " + group);
                assertEquals(amount(group, figure), amount(total(breakdown), figure), "the breakdown's total of " + group);
            }
            assertEquals(group.get("pledges"), (int) parts.stream().map(p -> p.get("pledgeId")).distinct().count(),
                    "pledges behind " + group);
        }
    }

    /** The figures of each year alone are that year's group: no year's figures hold money the others do not. */
    private static void assertYearsAddUp(Map<String, Object> byYear, String currency) {
        for (Map<String, Object> group : groups(byYear)) {
            Map<String, Object> ofYear = given().when().get("/api/v1/funding/summary?groupBy=member&currency=" + currency
                    + "&year=" + group.get("key")).then().statusCode(200).extract().jsonPath().getMap("$");
            for (String figure : FIGURES) {
                assertEquals(amount(group, figure), amount(total(ofYear), figure), currency + " " + figure + " of " + group);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> total(Map<String, Object> summary) {
        return (Map<String, Object>) summary.get("total");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> summary) {
        return (List<Map<String, Object>>) summary.get("groups");
    }

    private static BigDecimal amount(Map<String, Object> group, String figure) {
        return new BigDecimal((String) group.get(figure));
    }
}
