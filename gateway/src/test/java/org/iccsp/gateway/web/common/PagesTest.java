package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.iccsp.gateway.routing.FakeUpstreams;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class PagesTest {

    @Test
    void directorySearchShowsResultsFacetsFiltersAndTheNextPageEscapingWhatUsersWrote() {
        given().queryParam("q", "<b>peace</b>").queryParam("sector", "health").queryParam("country", "ps")
                .when().get("/directory")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(
                        containsString("<html lang=\"en\" dir=\"ltr\">"),
                        containsString("<a class=\"skip-link\" href=\"#main\">"),
                        containsString("<main id=\"main\""),
                        containsString("<label for=\"q\">"),
                        // the organisation's name is escaped, never markup
                        containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Peace &amp; Co"),
                        not(containsString("<script>alert")),
                        // the search words reached the service and came back escaped (also in the field)
                        containsString("&lt;b&gt;peace&lt;/b&gt;"),
                        not(containsString("<b>peace</b>")),
                        containsString("href=\"/directory/org-1\""),
                        containsString("Second Org"),
                        containsString("<option value=\"health\" selected>Health</option>"),
                        // a facet is a link that adds its value to the search, with its count
                        containsString("<a href=\"/directory?q=%3Cb%3Epeace%3C%2Fb%3E&amp;sector=health&amp;sector=education&amp;country=PS\""),
                        containsString("<bdi>Health</bdi></a> <span class=\"count\">(7)</span>"),
                        containsString("Organisations found: 1,234"),
                        not(containsString("<h3>Network</h3>")), // a facet without counts has no heading
                        containsString("cursor=c2"),
                        containsString("rel=\"next\""),
                        containsString("country=PS")));
    }

    @Test
    void aChosenFacetRemovesItselfAndTheOthersAddToTheSearch() {
        String page = given().queryParam("sector", "health").queryParam("type", "ngo").when().get("/directory")
                .then().statusCode(200).extract().asString();
        // chosen: the link takes the value out of the filter
        assertTrue(page.contains(
                "<a href=\"/directory?type=ngo\" class=\"facet-chosen\" aria-label=\"Remove the filter Health\">"), page);
        assertTrue(page.contains(
                "<a href=\"/directory?sector=health\" class=\"facet-chosen\" aria-label=\"Remove the filter NGO\">"), page);
        // not chosen: the link adds it beside what is chosen
        assertTrue(page.contains(
                "<a href=\"/directory?sector=health&amp;sector=education&amp;type=ngo\" aria-label=\"Filter by Education (3)\">"), page);
        // the search form keeps the type chosen by a facet
        assertTrue(page.contains("<input type=\"hidden\" name=\"type\" value=\"ngo\">"));
        assertTrue(page.contains("id=\"facets-clear\""));
    }

    @Test
    void theSortIsAChoiceOfLinksAndReachesTheService() {
        String page = given().queryParam("q", "peace").queryParam("sort", "newest").when().get("/directory")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<strong aria-current=\"true\" id=\"sort-newest\">Newest</strong>"), page);
        assertTrue(page.contains("<a href=\"/directory?q=peace&amp;sort=name\" id=\"sort-name\">Name</a>"));
        assertTrue(page.contains("<a href=\"/directory?q=peace&amp;sort=relevance\" id=\"sort-relevance\">Best match</a>"));
        assertTrue(page.contains("<bdi>sort-newest</bdi>"), "the service was asked to sort newest first");
        assertTrue(page.contains("cursor=c2") && page.contains("sort=newest&amp;cursor=c2"), "the next page keeps the sort");
        // without words there is no best match: by name, and no such choice
        String plain = given().queryParam("sort", "relevance").when().get("/directory").then().statusCode(200)
                .extract().asString();
        assertTrue(plain.contains("id=\"sort-name\">Name</strong>"));
        assertFalse(plain.contains("sort-relevance"));
        assertTrue(plain.contains("<bdi>sort-name</bdi>"), "the service sorts by name");
    }

    @Test
    void anOrganisationLinksToItsProjects() {
        given().when().get("/directory/org-1").then().statusCode(200)
                .body(containsString("<a href=\"/directory/org-1/projects\" id=\"organization-projects\">See its projects</a>"));
        given().queryParam("lang", "fr").when().get("/directory/org-1/projects").then().statusCode(200)
                .body(allOf(containsString("<bdi>Clinics &lt;north&gt;</bdi>"), containsString("Projets de"),
                        containsString("<time datetime=\"2026-01-01\">2026-01-01</time>"),
                        containsString("href=\"/directory/org-1\"")));
        given().when().get("/directory/hidden/projects").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void arabicPagesAreRightToLeftShowTheArabicNameAndRememberTheChoice() {
        given().queryParam("lang", "ar").when().get("/directory")
                .then().statusCode(200)
                .cookie("lang", "ar")
                .body(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"), containsString("سلام")));
        given().cookie("lang", "he").when().get("/events")
                .then().statusCode(200).body(containsString("<html lang=\"he\" dir=\"rtl\">"));
    }

    @Test
    void anOrganisationPageShowsItsProfileEscaped() {
        given().when().get("/directory/org-1").then().statusCode(200)
                .body(allOf(containsString("<h1><bdi>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Peace &amp; Co</bdi></h1>"),
                        containsString("שלום"), containsString("PS-GZA"), containsString("Health, Education"),
                        containsString("Works &lt;b&gt;across&lt;/b&gt; borders")));
    }

    @Test
    void theDirectoryPagesCallTheServiceWithThePageRequestsIdAndNoTokenForAnAnonymousReader() {
        given().header("X-Request-Id", "req-dir-7").when().get("/directory/org-echo").then().statusCode(200)
                .body(containsString("request=req-dir-7 bearer=false"));
    }

    @Test
    @TestSecurity(user = "cso-user", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-cso"))
    void theDirectoryPagesCallTheServiceAsTheSignedInReader() {
        given().header("X-Request-Id", "req-dir-8").when().get("/directory/org-echo").then().statusCode(200)
                .body(containsString("request=req-dir-8 bearer=true"));
    }

    @Test
    void anOrganisationTheServiceDoesNotShowIsA404() {
        given().when().get("/directory/hidden").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<h1>Not found</h1>"));
    }

    @Test
    void whatTheServiceRefusesIsANotAllowedPage() {
        given().when().get("/directory/forbidden").then().statusCode(403)
                .body(containsString("<h1>Not allowed</h1>"));
    }

    @Test
    void eventsListAndAnEventWithItsTimetableByDay() {
        given().when().get("/events").then().statusCode(200)
                .body(allOf(containsString("<a href=\"/events/ev-1\"><bdi>Leaders&#39; Convening</bdi></a>"),
                        containsString("(Italy Time)"))); // the venue's zone by name, not its id
        String page = given().when().get("/events/ev-1").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                page.indexOf("Monday, May 4, 2026</time></caption>") < page.indexOf("Opening circle")
                        && page.indexOf("Opening circle") < page.indexOf("Tuesday, May 5, 2026</time></caption>")
                        && page.indexOf("Tuesday, May 5, 2026</time></caption>") < page.indexOf("Closing plenary"),
                "sessions grouped by day (with its weekday) in time order");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("09:00–10:30") && page.contains("4 of 25"));
    }

    @Test
    void aServiceFailingBehindAPageIsAReadable503Page() {
        given().when().get("/events/broken").then().statusCode(503).contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>Temporarily unavailable</h1>"), containsString("<html lang=\"en\"")));
    }

    @Test
    void theFundingDashboardIsA503PageWhileThePledgeServiceIsDown() {
        given().when().get("/funding").then().statusCode(503)
                .body(containsString("<h1>Temporarily unavailable</h1>"));
    }

    @Test
    @TestSecurity(user = "alice")
    void aSignedInPersonSeesWhoTheyAreAndASignOutLink() {
        given().when().get("/").then().statusCode(200)
                .body(allOf(containsString("Signed in as alice"), containsString("href=\"/logout\"")));
        given().redirects().follow(false).when().get("/login").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/"));
    }

    @Test
    void anonymousVisitorsAreOfferedSignIn() {
        given().when().get("/").then().statusCode(200).body(containsString("href=\"/login\""));
    }

    @Test
    void apiCallsWithoutATokenAreForwardedNotSentToALoginPage() {
        given().redirects().follow(false).when().get("/api/v1/organizations")
                .then().statusCode(200).header("X-Upstream", equalTo("directory"));
    }
}
