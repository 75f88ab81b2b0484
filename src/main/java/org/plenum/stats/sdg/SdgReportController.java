package org.plenum.stats.sdg;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stats.SdgIndicators;
import org.plenum.stats.SdgMessageFormat;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgUnavailableException;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.plenum.web.JsonApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/reports/sdg?series=…&year=…}: the SDG series of indicators 5.5.1(a) and 16.7.1(a) for one year,
 * as a JSON:API document, or in an exchange format ({@code format=sdmx-csv}, {@code format=sdmx-ml}, or the format's
 * media type in {@code Accept}). Responses are cached per publication with strong ETags, like every read.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Statistics computed from the registry")
class SdgReportController {

    private final PublishedRegistry registry;
    private final SdgIndicators indicators;
    private final List<SdgMessageFormat> formats;
    private final CachedResponses responses;
    private final JsonMapper json;

    SdgReportController(PublishedRegistry registry, SdgIndicators indicators, List<SdgMessageFormat> formats,
                        CachedResponses responses, JsonMapper json) {
        this.registry = registry;
        this.indicators = indicators;
        this.formats = List.copyOf(formats);
        this.responses = responses;
        this.json = json;
    }

    @Operation(summary = "SDG indicators 5.5.1(a) and 16.7.1(a): per country, IPU region and world, for one year")
    @Parameter(name = "year", in = ParameterIn.QUERY, required = true, description = "Year, e.g. 2025. 5.5.1(a) from 1997 "
            + "(IPU's reference dates: 1 January from 2020, 1 February 2013-2019, IPU's dates before); 16.7.1(a) from 2020 (1 January)")
    @Parameter(name = "series", in = ParameterIn.QUERY, description = "Comma-separated series: SG_GEN_PARL, SG_GEN_PARLN, "
            + "SG_GEN_PARLNT, SG_DMK_PARLMP_LC, SG_DMK_PARLMP_UC, SG_DMK_PARLYR_LC, SG_DMK_PARLYR_UC (default: every series of the year)")
    @Parameter(name = "areas", in = ParameterIn.QUERY, description = "all (default), countries, or aggregates (IPU regions and world)")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default), sdmx-csv (SDMX-CSV 2.0) or sdmx-ml "
            + "(SDMX-ML 2.1 structure-specific data); the formats' media types are also accepted in Accept")
    @Parameter(name = "known_at", in = ParameterIn.QUERY, description = "Record time: the values as published at this date or instant")
    @ApiResponse(responseCode = "200", description = "The report", content = {@Content(mediaType = "application/vnd.api+json"),
            @Content(mediaType = "application/vnd.sdmx.data+csv"), @Content(mediaType = "application/vnd.sdmx.structurespecificdata+xml")})
    @GetMapping("/sdg")
    ResponseEntity<byte[]> sdg(HttpServletRequest request) {
        List<String> formatIds = formats.stream().map(SdgMessageFormat::id).toList();
        SdgQuery query = SdgQuery.parse(request.getParameterMap(), formatIds);
        Optional<SdgMessageFormat> format = query.format().isPresent()
                ? formats.stream().filter(f -> f.id().equals(query.format().get())).findFirst()
                : negotiate(request.getHeader(HttpHeaders.ACCEPT));
        long version = registry.current().publication();
        HttpServletRequest keyed = new Variant(request, format.map(SdgMessageFormat::id).orElse(SdgQuery.JSON));
        SdgReport report = report(query);
        ResponseEntity<byte[]> response = format.isPresent()
                ? responses.respond(keyed, version, format.get().mediaType(), () -> format.get().write(report))
                : responses.respond(keyed, version, JsonApi.MEDIA,
                        () -> json.writeValueAsBytes(SdgDocument.of(report, formatIds)));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        List<String> vary = new java.util.ArrayList<>(headers.getVary());
        vary.add(HttpHeaders.ACCEPT);
        headers.setVary(vary);
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }

    private SdgReport report(SdgQuery query) {
        SdgReport report;
        try {
            report = indicators.report(query.series(), query.year(), query.knownAt());
        } catch (SdgUnavailableException e) {
            throw ApiException.badParameter("year", "year_not_available", e.getMessage());
        }
        if (query.areas() == SdgQuery.Areas.ALL) {
            return report;
        }
        boolean aggregates = query.areas() == SdgQuery.Areas.AGGREGATES;
        List<SdgObservation> kept = new ArrayList<>();
        for (SdgObservation o : report.observations()) {
            if (o.area().isAggregate() == aggregates) {
                kept.add(o);
            }
        }
        return new SdgReport(report.year(), report.referenceDate(), report.series(), kept, report.publication(),
                report.publishedAt(), report.knownAt(), report.notes());
    }

    /**
     * The exchange format an {@code Accept} header prefers over JSON, if any: the first media type, in order of
     * quality, that is JSON or one of the formats. A header that accepts none of them is refused (406).
     */
    private Optional<SdgMessageFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_accept", "Invalid Accept header",
                    "The Accept header '" + accept + "' cannot be read: " + e.getMessage(), "");
        }
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isWildcardType() || type.isCompatibleWith(JsonApi.MEDIA) || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Optional.empty();
            }
            for (SdgMessageFormat format : formats) {
                if (type.isCompatibleWith(format.mediaType())) {
                    return Optional.of(format);
                }
            }
        }
        throw new ApiException(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "Not acceptable", "This report is "
                + "available as " + JsonApi.MEDIA_TYPE + (formats.isEmpty() ? "" : ", ")
                + String.join(", ", formats.stream().map(f -> f.mediaType().toString()).toList())
                + "; the Accept header asks for " + accept + ".", "");
    }

    /** The request as the response cache sees it: the chosen format is part of the key, so variants never mix. */
    private static final class Variant extends HttpServletRequestWrapper {
        private final String format;

        Variant(HttpServletRequest request, String format) {
            super(request);
            this.format = format;
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null ? "" : query) + "#" + format;
        }
    }
}
