package org.plenum.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises a GET response once per data version and serves the same bytes afterwards, with a strong
 * ETag (a hash of the bytes) and Cache-Control; {@code If-None-Match} with a current ETag gets 304.
 * The data version (a publication number) is part of the key, so a publication makes every older
 * entry unreachable; the cache is bounded by the bytes it holds.
 *
 * <p>A GET whose bytes for the current {@link DataVersion} are already cached is answered by a servlet filter
 * ({@link CachedResponseFilter}) before Spring MVC's dispatching, with the same status, headers and bytes as here.
 * So the key and the answer must depend on nothing but the version, the request's path and its query string.
 */
@Component
public class CachedResponses {

    private static final CacheControl CACHE_CONTROL = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();
    private static final String CACHE_CONTROL_VALUE = CACHE_CONTROL.getHeaderValue();

    /**
     * Bytes and their ETag.
     *
     * @param attachment the file name of a download ({@code Content-Disposition: attachment}), or null
     */
    public record Body(byte[] bytes, String etag, MediaType mediaType, String attachment) {
    }

    private final Cache<String, Body> cache = Caffeine.newBuilder()
            .maximumWeight(256L * 1024 * 1024)
            .weigher((String key, Body body) -> body.bytes().length + key.length())
            .build();
    private final JsonMapper json;

    public CachedResponses(JsonMapper json) {
        this.json = json;
    }

    /** A JSON:API document computed by {@code document} at most once per (request, version). */
    public ResponseEntity<byte[]> jsonApi(HttpServletRequest request, long version, Supplier<Object> document) {
        return respond(request, version, JsonApi.MEDIA, () -> json.writeValueAsBytes(document.get()));
    }

    /** Any body computed by {@code bytes} at most once per (request, version). */
    public ResponseEntity<byte[]> respond(HttpServletRequest request, long version, MediaType mediaType,
                                          Supplier<byte[]> bytes) {
        return respond(request, version, () -> {
            byte[] content = bytes.get();
            return new Body(content, etag(content), mediaType, null);
        });
    }

    /** A file to download, computed by {@code file} at most once per (request, version). */
    public ResponseEntity<byte[]> download(HttpServletRequest request, long version, Supplier<Download> file) {
        return respond(request, version, () -> {
            Download download = file.get();
            return new Body(download.bytes(), etag(download.bytes()), download.mediaType(), download.fileName());
        });
    }

    /** A file's name, media type and bytes. */
    public record Download(String fileName, MediaType mediaType, byte[] bytes) {
    }

    private ResponseEntity<byte[]> respond(HttpServletRequest request, long version, Supplier<Body> compute) {
        Body body = cache.get(key(version, request), k -> compute.get());
        if (notModified(request, body)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(body.etag()).cacheControl(CACHE_CONTROL).build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().eTag(body.etag()).cacheControl(CACHE_CONTROL)
                .contentType(body.mediaType());
        if (body.attachment() != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, disposition(body.attachment()));
        }
        return ok.body(body.bytes());
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    /** The cached answer to this request at this version, or null when there is none yet. */
    Body cached(HttpServletRequest request, long version) {
        return cache.getIfPresent(key(version, request));
    }

    /**
     * Writes a cached answer directly to the servlet response: the same status, headers and bytes as the
     * {@code ResponseEntity} of {@link #respond}, as Spring MVC writes it.
     */
    static void write(HttpServletRequest request, HttpServletResponse response, Body body) throws IOException {
        if (notModified(request, body)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, body.etag());
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL_VALUE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL_VALUE);
        response.setHeader(HttpHeaders.ETAG, body.etag());
        response.setContentType(body.mediaType().toString());
        if (body.attachment() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(body.attachment()));
        }
        response.setContentLength(body.bytes().length);
        response.getOutputStream().write(body.bytes());
    }

    private static String key(long version, HttpServletRequest request) {
        String query = request.getQueryString();
        return version + " " + request.getRequestURI() + "?" + (query == null ? "" : query);
    }

    private static boolean notModified(HttpServletRequest request, Body body) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        return ifNoneMatch != null && matches(ifNoneMatch, body.etag());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String etag(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
