package org.plenum.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
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
 */
@Component
public class CachedResponses {

    private static final CacheControl CACHE_CONTROL = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();

    /** Bytes and their ETag. */
    public record Body(byte[] bytes, String etag, MediaType mediaType) {
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
        String key = version + " " + request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        Body body = cache.get(key, k -> {
            byte[] content = bytes.get();
            return new Body(content, etag(content), mediaType);
        });
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, body.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(body.etag()).cacheControl(CACHE_CONTROL).build();
        }
        return ResponseEntity.ok().eTag(body.etag()).cacheControl(CACHE_CONTROL).contentType(body.mediaType()).body(body.bytes());
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
