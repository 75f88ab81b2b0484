package org.plenum.web.chart;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;

/**
 * Embedding a chart: its stable address (the path of the module's SVG endpoint with its query parameters in a fixed
 * order, so the same chart always has the same URL), the {@code <iframe>} snippet a page offers to copy, and how an
 * SVG endpoint answers (media type, caching). See docs/web-pages.md, "Charts".
 */
public final class ChartEmbedding {

    /** {@code image/svg+xml;charset=UTF-8}. */
    public static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    /** Charts change when data are published: clients keep them an hour and revalidate with the ETag. */
    public static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    /**
     * The Content-Security-Policy of an SVG endpoint: the SVG loads nothing and runs nothing, and any site may frame it
     * (that is what embedding is). {@link org.plenum.web.SecurityHeaders} sets it, without {@code X-Frame-Options},
     * on every path that ends in {@code .svg}: so name chart endpoints {@code ….svg}.
     */
    public static final String CONTENT_SECURITY_POLICY = org.plenum.web.SecurityHeaders.EMBEDDABLE_CHART_POLICY;

    private ChartEmbedding() {
    }

    /**
     * The stable URL of a chart: {@code path} (absolute, e.g. {@code /women-ranking/map.svg}) and its parameters in
     * alphabetical order, percent-encoded; parameters with an empty value are left out.
     */
    public static String url(String path, Map<String, String> parameters) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A chart path starts with '/': " + path);
        }
        String query = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The {@code <iframe>} snippet that embeds the chart at {@code absoluteUrl} (the site's base URL and
     * {@link #url}), sized to the chart's aspect ratio at {@code width} pixels.
     */
    public static String iframe(String absoluteUrl, String title, int width, int height) {
        return "<iframe src=\"" + Svg.escape(absoluteUrl) + "\" title=\"" + Svg.escape(title) + "\" width=\"" + width
                + "\" height=\"" + height + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }

    /** The {@code <iframe>} snippet for {@code chart} at {@code absoluteUrl}, {@code width} pixels wide and as high as its aspect ratio. */
    public static String iframe(String absoluteUrl, RenderedChart chart, int width) {
        double[] size = chart.size();
        return iframe(absoluteUrl, chart.title(), width, (int) Math.ceil(width * size[1] / size[0]));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
