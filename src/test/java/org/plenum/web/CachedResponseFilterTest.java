package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class CachedResponseFilterTest {

    private final CachedResponses responses = new CachedResponses(JsonMapper.builder().build());
    private final AtomicLong version = new AtomicLong(7);
    private final CachedResponseFilter filter = new CachedResponseFilter(responses, version::get);
    private final AtomicInteger computations = new AtomicInteger();

    /** What a controller answers through {@link CachedResponses#jsonApi}, as Spring MVC calls it. */
    private ResponseEntity<byte[]> controller(MockHttpServletRequest request) {
        long at = version.get();
        return responses.jsonApi(request, at, () -> {
            computations.incrementAndGet();
            return Map.of("data", Map.of("id", "ES-LC01", "version", at));
        });
    }

    private static MockHttpServletRequest get(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        return request;
    }

    /** Runs the filter: its response, or null when the request went on along the chain. */
    private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain.getRequest() == null ? response : null;
    }

    @Test
    void aMissGoesOnToTheController() throws Exception {
        assertThat(filter(get("/api/v1/chambers/ES-LC01", null))).isNull();
        assertThat(computations).hasValue(0);
    }

    @Test
    void aHitGetsTheControllersStatusHeadersAndBytes() throws Exception {
        ResponseEntity<byte[]> expected = controller(get("/api/v1/chambers/ES-LC01", "fields=a"));

        MockHttpServletResponse response = filter(get("/api/v1/chambers/ES-LC01", "fields=a"));

        assertThat(response).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(expected.getBody());
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(expected.getHeaders().getETag());
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(expected.getHeaders().getCacheControl())
                .isEqualTo("max-age=60, public");
        assertThat(response.getHeader(HttpHeaders.CONTENT_TYPE)).isEqualTo(JsonApi.MEDIA_TYPE);
        assertThat(response.getContentLength()).isEqualTo(expected.getBody().length);
        // and the Vary of the API's CORS configuration (PublicApiCors), which Spring MVC adds to the controller's
        assertThat(response.getHeaderNames()).containsExactlyInAnyOrder(HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
                HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.VARY, "X-Content-Type-Options",
                "X-Frame-Options", "Referrer-Policy", "Content-Security-Policy");
        assertThat(response.getHeaders(HttpHeaders.VARY)).containsExactly(HttpHeaders.ORIGIN,
                HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(computations).hasValue(1);
    }

    @Test
    void aCachedDownloadKeepsItsContentDisposition() throws Exception {
        byte[] csv = "a,b\r\n1,2\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ResponseEntity<byte[]> expected = responses.download(get("/api/v1/downloads/x", "format=csv"), version.get(),
                () -> new CachedResponses.Download("x.csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), csv));

        MockHttpServletResponse response = filter(get("/api/v1/downloads/x", "format=csv"));

        assertThat(expected.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"x.csv\"");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(expected.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(response.getHeader(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getContentAsByteArray()).isEqualTo(csv);
    }

    @Test
    void aMatchingIfNoneMatchGets304WithTheEtagAndNoBody() throws Exception {
        String etag = controller(get("/api/v1/chambers/ES-LC01", null)).getHeaders().getETag();

        for (String ifNoneMatch : new String[] {etag, "\"other\", " + etag, "*"}) {
            MockHttpServletRequest request = get("/api/v1/chambers/ES-LC01", null);
            request.addHeader(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
            assertThat(controller(request).getStatusCode().value()).isEqualTo(304);

            MockHttpServletResponse response = filter(request);

            assertThat(response.getStatus()).as(ifNoneMatch).isEqualTo(304);
            assertThat(response.getContentAsByteArray()).isEmpty();
            assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
            assertThat(response.getHeaderNames()).containsExactlyInAnyOrder(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
                    HttpHeaders.VARY, "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Content-Security-Policy");
        }

        MockHttpServletRequest other = get("/api/v1/chambers/ES-LC01", null);
        other.addHeader(HttpHeaders.IF_NONE_MATCH, "\"other\"");
        MockHttpServletResponse response = filter(other);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
    }

    @Test
    void anotherPathOrQueryStringIsAMiss() throws Exception {
        controller(get("/api/v1/chambers", "page[size]=10"));

        assertThat(filter(get("/api/v1/chambers", "page[size]=11"))).isNull();
        assertThat(filter(get("/api/v1/chambers", null))).isNull();
        assertThat(filter(get("/api/v1/chambers/", "page[size]=10"))).isNull();
        assertThat(filter(get("/api/v1/chambers", "page[size]=10"))).isNotNull();
    }

    @Test
    void entriesOfAnOlderVersionAreNotServed() throws Exception {
        byte[] old = controller(get("/api/v1/chambers/ES-LC01", null)).getBody();
        version.set(8);

        assertThat(filter(get("/api/v1/chambers/ES-LC01", null))).isNull();

        byte[] current = controller(get("/api/v1/chambers/ES-LC01", null)).getBody();
        assertThat(new String(current, StandardCharsets.UTF_8)).contains("\"version\":8");
        assertThat(current).isNotEqualTo(old);
        assertThat(filter(get("/api/v1/chambers/ES-LC01", null)).getContentAsByteArray()).isEqualTo(current);
    }

    @Test
    void nothingIsServedBeforeTheDataIsLoaded() throws Exception {
        controller(get("/api/v1/chambers/ES-LC01", null));
        version.set(DataVersion.NONE);

        assertThat(filter(get("/api/v1/chambers/ES-LC01", null))).isNull();
    }

    @Test
    void otherMethodsAndDispatchesGoOnAlongTheChain() throws Exception {
        controller(get("/api/v1/chambers/ES-LC01", null));

        for (String method : new String[] {"HEAD", "POST", "PUT", "DELETE", "OPTIONS"}) {
            assertThat(filter(new MockHttpServletRequest(method, "/api/v1/chambers/ES-LC01"))).as(method).isNull();
        }
        MockHttpServletRequest error = get("/api/v1/chambers/ES-LC01", null);
        error.setDispatcherType(DispatcherType.ERROR);
        assertThat(filter(error)).isNull();
        assertThat(filter(get("/api/v1/chambers/ES-LC01", null))).isNotNull();
    }

    /** A controller whose document is large enough to be gzipped. */
    private ResponseEntity<byte[]> largeController(MockHttpServletRequest request) {
        return responses.jsonApi(request, version.get(), () -> Map.of("data", "Cortes Generales ".repeat(500)));
    }

    private static MockHttpServletRequest gzipGet(String acceptEncoding) {
        MockHttpServletRequest request = get("/api/v1/chambers", "page[size]=1000");
        request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        return request;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aLargeBodyIsGzippedForClientsThatAcceptItWithItsOwnEtag() throws Exception {
        ResponseEntity<byte[]> plain = largeController(get("/api/v1/chambers", "page[size]=1000"));
        ResponseEntity<byte[]> gzipped = largeController(gzipGet("deflate, gzip;q=0.8, br"));

        assertThat(plain.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(gzipped.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(gunzip(gzipped.getBody())).isEqualTo(plain.getBody());
        assertThat(gzipped.getBody().length).isLessThan(plain.getBody().length / 10);
        assertThat(gzipped.getHeaders().getETag()).isNotEqualTo(plain.getHeaders().getETag()).endsWith("-gzip\"");
        assertThat(plain.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);

        MockHttpServletResponse fast = filter(gzipGet("gzip"));
        assertThat(fast.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(fast.getContentAsByteArray()).isEqualTo(gzipped.getBody());
        assertThat(fast.getContentLength()).isEqualTo(gzipped.getBody().length);
        assertThat(fast.getHeader(HttpHeaders.ETAG)).isEqualTo(gzipped.getHeaders().getETag());
        assertThat(fast.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
        assertThat(filter(gzipGet("gzip;q=0")).getContentAsByteArray()).isEqualTo(plain.getBody());
        assertThat(filter(gzipGet("identity")).getContentAsByteArray()).isEqualTo(plain.getBody());
    }

    @Test
    void eachRepresentationRevalidatesWithItsOwnEtag() throws Exception {
        String gzipEtag = largeController(gzipGet("gzip")).getHeaders().getETag();
        String plainEtag = largeController(get("/api/v1/chambers", "page[size]=1000")).getHeaders().getETag();

        MockHttpServletRequest revalidate = gzipGet("gzip");
        revalidate.addHeader(HttpHeaders.IF_NONE_MATCH, gzipEtag);
        assertThat(filter(revalidate).getStatus()).isEqualTo(304);

        MockHttpServletRequest plainWithGzipEtag = get("/api/v1/chambers", "page[size]=1000");
        plainWithGzipEtag.addHeader(HttpHeaders.IF_NONE_MATCH, gzipEtag);
        MockHttpServletResponse full = filter(plainWithGzipEtag);
        assertThat(full.getStatus()).isEqualTo(200);
        assertThat(full.getHeader(HttpHeaders.ETAG)).isEqualTo(plainEtag);
    }

    @Test
    void acceptEncodingIsReadAsHttpSaysIt() {
        assertThat(CachedResponses.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(CachedResponses.acceptsGzip("GZIP")).isTrue();
        assertThat(CachedResponses.acceptsGzip("*")).isTrue();
        assertThat(CachedResponses.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(CachedResponses.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CachedResponses.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(CachedResponses.acceptsGzip("identity")).isFalse();
        assertThat(CachedResponses.acceptsGzip("")).isFalse();
        assertThat(CachedResponses.acceptsGzip(null)).isFalse();
    }
}
