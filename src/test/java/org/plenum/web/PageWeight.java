package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weight of a page as the budget counts it: the bytes of its HTML, of the style sheets it links and of the
 * scripts it loads, uncompressed (images, SVG and the world map are not counted). Use it from any page test:
 * {@code PageWeight.of(url).assertWithinBudget()}, or {@code weigh("/women-ranking")} in a {@link WebsiteTest}.
 */
public record PageWeight(String url, long html, Map<String, Long> styles, Map<String, Long> scripts) {

    /** At most 100 KB of HTML, CSS and JS together (issue 11). */
    public static final long BUDGET = 100 * 1024;

    private static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*\\brel=\"stylesheet\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Fetches the page and everything it loads of CSS and JS, and counts their bytes. */
    public static PageWeight of(String url) {
        byte[] page = fetch(URI.create(url), false);
        String html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Long> styles = new LinkedHashMap<>();
        Matcher link = STYLESHEET.matcher(html);
        while (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (href.find()) {
                String address = unescape(href.group(1));
                styles.put(address, (long) fetch(URI.create(url).resolve(address), true).length);
            }
        }
        Map<String, Long> scripts = new LinkedHashMap<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            String address = unescape(script.group(1));
            scripts.put(address, (long) fetch(URI.create(url).resolve(address), true).length);
        }
        return new PageWeight(url, page.length, styles, scripts);
    }

    public long total() {
        return html + styles.values().stream().mapToLong(Long::longValue).sum() + scripts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Fails, listing what the page loads, when it weighs more than {@link #BUDGET}. */
    public PageWeight assertWithinBudget() {
        assertThat(total()).as("weight of %s: HTML %d bytes, CSS %s, JS %s", url, html, styles, scripts).isLessThanOrEqualTo(BUDGET);
        return this;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&amp;", "&");
    }

    /** The body at {@code uri}; a file the page loads ({@code mustExist}) must answer 200. */
    private static byte[] fetch(URI uri, boolean mustExist) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (mustExist) {
                assertThat(response.statusCode()).as("%s, loaded by the page", uri).isEqualTo(200);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(uri.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
