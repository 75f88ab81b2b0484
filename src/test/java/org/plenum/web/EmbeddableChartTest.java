package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenum.web.chart.ChartEmbedding;
import org.plenum.web.chart.Hemicycle;
import org.plenum.web.chart.RenderedChart;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart served as SVG the way docs/charts.md tells the modules to: through {@link CachedResponses} at a path ending
 * in {@code .svg}. Other sites may frame it; everything else keeps {@code X-Frame-Options: DENY}.
 */
class EmbeddableChartTest {

    private final CachedResponses responses = new CachedResponses(JsonMapper.builder().build());
    private final CachedResponseFilter cacheFilter = new CachedResponseFilter(responses, () -> 3);
    private final SecurityHeadersFilter headersFilter = new SecurityHeadersFilter();

    // The Assemblée nationale in the bundled ranking of November 2025: 575 seats, 208 women
    private final RenderedChart chart = Hemicycle.womenAndMen("Assemblée nationale", "", "Women", 208, "Men", 367).render(Locale.ENGLISH);

    private static MockHttpServletRequest get(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setRequestURI(uri);
        return request;
    }

    @Test
    void theControllersAnswerAndTheCachedOneMayBeFramedByAnySite() throws Exception {
        MockHttpServletRequest first = get("/parliament/FR/hemicycle.svg");
        MockHttpServletResponse firstResponse = new MockHttpServletResponse();
        headersFilter.doFilter(first, firstResponse, new MockFilterChain());
        ResponseEntity<byte[]> answer = responses.respond(first, 3, ChartEmbedding.SVG, () -> chart.svg().getBytes(StandardCharsets.UTF_8));
        assertThat(answer.getHeaders().getContentType()).isEqualTo(ChartEmbedding.SVG);
        assertThat(answer.getHeaders().getETag()).startsWith("\"");
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).isEqualTo(chart.svg());
        assertThat(firstResponse.getHeader("Content-Security-Policy")).isEqualTo(ChartEmbedding.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors *");
        assertThat(firstResponse.getHeader("X-Frame-Options")).isNull();

        // the second request is answered by the fast path, with the same headers
        MockHttpServletResponse cached = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        cacheFilter.doFilter(get("/parliament/FR/hemicycle.svg"), cached, chain);
        assertThat(chain.getRequest()).as("answered from the cache").isNull();
        assertThat(cached.getHeader(HttpHeaders.CONTENT_TYPE)).isEqualTo("image/svg+xml;charset=UTF-8");
        assertThat(cached.getHeader("Content-Security-Policy")).isEqualTo(ChartEmbedding.CONTENT_SECURITY_POLICY);
        assertThat(cached.getHeader("X-Frame-Options")).isNull();
        assertThat(cached.getHeader(HttpHeaders.ETAG)).isEqualTo(answer.getHeaders().getETag());
    }

    @Test
    void everythingElseStillRefusesToBeFramed() throws Exception {
        for (String path : List.of("/api/v1/chambers/FR-LC01", "/women-ranking", "/svg", "/map.svg/x")) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            headersFilter.doFilter(get(path), response, new MockFilterChain());
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }
}
