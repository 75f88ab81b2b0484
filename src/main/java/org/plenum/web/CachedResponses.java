package org.plenum.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
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
 * ETag (a hash of the bytes) and Cache-Control, gzipped for clients that accept it (kept gzipped in the cache); {@code If-None-Match} with a current ETag gets 304.
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

    /** Bodies smaller than this are sent as they are: gzip would save less than the header costs. */
    static final int GZIP_MIN_BYTES = 1024;

    /**
     * Bytes and their ETag, and the same bytes gzipped (null when not worth it) with their own ETag: Tomcat does
     * not compress a response that carries a strong ETag, so the cache compresses once and keeps both.
     *
     * @param attachment the file name of a download ({@code Content-Disposition: attachment}), or null
     */
    public record Body(byte[] bytes, String etag, MediaType mediaType, byte[] gzipped, String attachment) {

        static Body of(byte[] bytes, MediaType mediaType, String attachment) {
            byte[] gzipped = bytes.length < GZIP_MIN_BYTES ? null : gzip(bytes);
            return new Body(bytes, CachedResponses.etag(bytes), mediaType,
                    gzipped != null && gzipped.length < bytes.length ? gzipped : null, attachment);
        }

        /** The representation for this request: gzipped if the client accepts it and there is a gzipped form. */
        Representation representation(HttpServletRequest request) {
            return gzipped != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))
                    ? new Representation(gzipped, etag.substring(0, etag.length() - 1) + "-gzip\"", "gzip")
                    : new Representation(bytes, etag, null);
        }
    }

    /** What is sent: bytes, their ETag and their Content-Encoding (null for none). */
    record Representation(byte[] bytes, String etag, String encoding) {
    }

    private final Cache<String, Body> cache = Caffeine.newBuilder()
            .maximumWeight(256L * 1024 * 1024)
            .weigher((String key, Body body) -> body.bytes().length + (body.gzipped() == null ? 0 : body.gzipped().length) + key.length())
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
        return respond(request, version, () -> Body.of(bytes.get(), mediaType, null));
    }

    /** A file to download, computed by {@code file} at most once per (request, version). */
    public ResponseEntity<byte[]> download(HttpServletRequest request, long version, Supplier<Download> file) {
        return respond(request, version, () -> {
            Download download = file.get();
            return Body.of(download.bytes(), download.mediaType(), download.fileName());
        });
    }

    /** A file's name, media type and bytes. */
    public record Download(String fileName, MediaType mediaType, byte[] bytes) {
    }

    private ResponseEntity<byte[]> respond(HttpServletRequest request, long version, Supplier<Body> compute) {
        Body body = cache.get(key(version, request), k -> compute.get());
        Representation sent = body.representation(request);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(sent.etag());
        headers.setCacheControl(CACHE_CONTROL);
        if (body.gzipped() != null) {
            headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (notModified(request, sent)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(body.mediaType());
        if (sent.encoding() != null) {
            headers.set(HttpHeaders.CONTENT_ENCODING, sent.encoding());
        }
        if (body.attachment() != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition(body.attachment()));
        }
        return ResponseEntity.ok().headers(headers).body(sent.bytes());
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
        Representation sent = body.representation(request);
        PublicApiCors.apply(request, response);
        response.setHeader(HttpHeaders.ETAG, sent.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL_VALUE);
        if (body.gzipped() != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (notModified(request, sent)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(body.mediaType().toString());
        if (sent.encoding() != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, sent.encoding());
        }
        if (body.attachment() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(body.attachment()));
        }
        response.setContentLength(sent.bytes().length);
        response.getOutputStream().write(sent.bytes());
    }

    private static String key(long version, HttpServletRequest request) {
        String query = request.getQueryString();
        return version + " " + request.getRequestURI() + "?" + (query == null ? "" : query);
    }

    private static boolean notModified(HttpServletRequest request, Representation sent) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        return ifNoneMatch != null && matches(ifNoneMatch, sent.etag());
    }

    /** Whether an Accept-Encoding header accepts gzip: "gzip" or "*" listed without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return !(parts.length > 1 && parts[1].trim().matches("q\\s*=\\s*0(\\.0{0,3})?"));
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static boolean matches(String ifNoneMatch, String etag) {
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
