package org.plenum.exchange.bulk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/downloads/bulk}: the bulk downloads (everything, with every value's history). The list of kept
 * builds as a JSON:API document; each file by its numbered name ({@code plenum-bulk-p42.zip}), which never changes
 * (cached for a year, ETag its SHA-256); {@code latest.zip} and {@code latest.jsonl.gz} redirect to the newest
 * build's file (never cached). Before the first build is complete: a 503 with {@code Retry-After}.
 */
@RestController
@RequestMapping(BulkController.BASE)
@Tag(name = "Downloads", description = "Reports as files: IPU's export layout, tidy CSV, XLSX, JSON, SDMX")
class BulkController {

    static final String BASE = "/api/v1/downloads/bulk";
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final BulkDownloads bulk;

    BulkController(BulkDownloads bulk) {
        this.bulk = bulk;
    }

    @Operation(summary = "The bulk downloads kept", description = "Every entity and every value with its full history "
            + "(valid time, record time, source), as a zip of tidy CSV files and as gzipped JSON Lines, named by the data "
            + "publication they hold. Newest first; links.latest points at the newest zip.")
    @GetMapping(produces = JsonApi.MEDIA_TYPE)
    ResponseEntity<Map<String, Object>> list() {
        List<Map<String, Object>> data = new ArrayList<>();
        for (BulkBuild build : bulk.builds()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("publication", build.publication());
            attributes.put("published_at", build.publishedAt().toString());
            attributes.put("built_at", build.builtAt().toString());
            attributes.put("build_millis", build.buildMillis());
            attributes.put("build_cpu_millis", build.cpuMillis());
            attributes.put("entities", build.entityRows());
            attributes.put("facts", build.factRows());
            List<Map<String, Object>> files = new ArrayList<>();
            for (BulkBuild.File file : build.files()) {
                files.add(Map.of("name", file.name(), "format", file.format(), "bytes", file.bytes(),
                        "sha256", file.sha256(), "url", BASE + "/" + file.name()));
            }
            attributes.put("files", files);
            attributes.put("manifest", build.entries());
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("type", "bulk_downloads");
            resource.put("id", "p" + build.publication());
            resource.put("attributes", attributes);
            data.add(resource);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("links", Map.of("self", BASE, "latest_zip", BASE + "/latest.zip",
                "latest_jsonl", BASE + "/latest.jsonl.gz"));
        document.put("meta", Map.of("building", bulk.building()));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(JsonApi.MEDIA).body(document);
    }

    @Operation(summary = "A bulk download file", description = "plenum-bulk-pN.zip or plenum-bulk-pN.jsonl.gz while "
            + "kept (the newest few); latest.zip and latest.jsonl.gz redirect to the newest.")
    @Parameter(name = "file", in = ParameterIn.PATH, required = true,
            description = "latest.zip, latest.jsonl.gz, or a numbered file such as plenum-bulk-p42.zip")
    @GetMapping("/{file}")
    ResponseEntity<Resource> file(@PathVariable String file, HttpServletRequest request) {
        if (file.equals("latest.zip") || file.equals("latest.jsonl.gz")) {
            BulkBuild latest = bulk.latest().orElseThrow(BulkController::notYetBuilt);
            String name = file.equals("latest.zip") ? BulkBuild.zipName(latest.publication())
                    : BulkBuild.jsonLinesName(latest.publication());
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(BASE + "/" + name))
                    .cacheControl(CacheControl.noCache()).build();
        }
        Optional<BulkBuild.File> described = bulk.builds().stream().flatMap(b -> b.files().stream())
                .filter(f -> f.name().equals(file)).findFirst();
        Optional<Path> path = bulk.file(file);
        if (described.isEmpty() || path.isEmpty()) {
            throw ApiException.notFound("There is no bulk download '" + file + "'; kept now: "
                    + String.join(", ", bulk.builds().stream().flatMap(b -> b.files().stream()).map(BulkBuild.File::name).toList())
                    + ". The newest is always at " + BASE + "/latest.zip.");
        }
        String etag = "\"" + described.get().sha256() + "\"";
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(IMMUTABLE).build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(IMMUTABLE)
                .contentType(file.endsWith(".zip") ? ZIP : GZIP)
                .contentLength(described.get().bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(new FileSystemResource(path.get()));
    }

    private static ApiException notYetBuilt() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "bulk_not_ready", "Not built yet",
                "The first bulk download is being built; try again in a minute.", "");
    }
}
