package org.iccsp.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follows {@code Link: <…>; rel="next"} through a JSON-array list, as a client does. */
public final class Paging {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private Paging() {
    }

    /** The next page's relative URL, or null on the last page. */
    public static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertTrue(m.find(), "a Link header names the next page: " + link);
        return m.group(1);
    }

    /** {@code path} of every row of every page from {@code first} on, and the number of pages. */
    public static Walk walk(String first, String path) {
        List<Object> rows = new ArrayList<>();
        String url = first;
        int pages = 0;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url).then().statusCode(200).extract().response();
            rows.addAll(page.jsonPath().getList(path));
            pages++;
            url = next(page);
        }
        return new Walk(rows, pages);
    }

    public record Walk(List<Object> rows, int pages) {
    }
}
