package org.iccsp.e2e;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every page a caller can reach from the gateway's start pages by following links, as that caller's
 * browser session ({@link PageSession}) would: the seeds, then each same-site link of what they show
 * ({@code href="/..."}), breadth first, up to a limit. Sign-out, sign-in and language links are not
 * followed (the language is the session's cookie, so the same pages are read again in each language).
 */
final class PageCrawl {
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");

    private PageCrawl() {
    }

    /** The pages (path → body as text: HTML, iCalendar, a PDF's uncompressed text) the session reaches. */
    static Map<String, String> crawl(PageSession session, List<String> seeds, int limit) {
        Map<String, String> pages = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        while (!queue.isEmpty() && pages.size() < limit) {
            String path = queue.poll();
            Http.Reply reply = session.get(path);
            if (reply.status() >= 500) {
                throw new AssertionError(path + " as " + session.caller.column + " answered " + reply.status());
            }
            pages.put(path, readable(reply.body()));
            Matcher link = LINK.matcher(reply.body());
            while (link.find()) {
                String next = link.group(1).replace("&amp;", "&");
                if (followed(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return pages;
    }

    /** The same pages again (in the session's current language). */
    static Map<String, String> read(PageSession session, Iterable<String> paths) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : paths) {
            Http.Reply reply = session.get(path);
            if (reply.status() >= 500) {
                throw new AssertionError(path + " as " + session.caller.column + " answered " + reply.status());
            }
            pages.put(path, readable(reply.body()));
        }
        return pages;
    }

    /**
     * What can be read of an answer: a PDF (the visa letter) without its compressed streams, whose bytes
     * are noise (they would match a two-letter code by chance); its uncompressed text and metadata stay.
     */
    static String readable(String body) {
        return body.startsWith("%PDF") ? body.replaceAll("(?s)stream\\r?\\n.*?endstream", "stream endstream") : body;
    }

    /**
     * A page without its own address (its language links and forms repeat it): a reader who opens
     * {@code /my/pledges/<id>} typed the id; what matters is whether the page tells them more.
     */
    static String withoutOwnAddress(String path, String body) {
        String address = path.split("\\?", 2)[0];
        if (!address.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*")) { // only an address with an id
            return body;
        }
        return body.replace(address, "<this page>").replace(address.replace("&", "&amp;"), "<this page>");
    }

    private static boolean followed(String path) {
        return !path.startsWith("/logout") && !path.startsWith("/login") && !path.contains("lang=")
                && !path.startsWith("/q/") && !path.startsWith("/site.css") && !path.startsWith("/api/")
                && !path.endsWith(".css");
    }

    static List<String> paths(Map<String, String> pages) {
        return new ArrayList<>(pages.keySet());
    }
}
