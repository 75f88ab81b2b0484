package org.plenum.exchange.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.stats.CompareQuery;
import org.plenum.stats.CompareTool;
import org.plenum.stats.PageQuery;
import org.plenum.web.ApiException;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.CachedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export-country-compare?field=…&region=…&structure=…&year_from=…&year_to=…&file_format=csv}: the
 * compare tool's result as a file, at Parline's address and with its query names (those of the compare page,
 * {@link CompareTool}). It is the {@code compare} export ({@link CompareDownload}) over the chambers the page
 * chooses: {@code file_format=csv} is IPU's compare layout ({@code ipu-csv}), {@code xlsx} and {@code json} the
 * tidy table with its metadata, {@code tidy-csv} the tidy table.
 */
@RestController
class CompareExportController {

    static final Map<String, String> FILE_FORMATS = Map.of("csv", "ipu-csv", "xlsx", "xlsx", "json", "json", "tidy-csv", "csv");

    private final CompareTool compare;
    private final DownloadService downloads;
    private final CachedResponses responses;

    CompareExportController(CompareTool compare, DownloadService downloads, CachedResponses responses) {
        this.compare = compare;
        this.downloads = downloads;
        this.responses = responses;
    }

    @GetMapping("/export-country-compare")
    ResponseEntity<byte[]> export(HttpServletRequest request) {
        try {
            return export(new PageQuery(request.getParameterMap()), request);
        } catch (BadPageRequestException e) {
            // the compare page's checks, answered as the API answers: a JSON:API error naming the parameter
            throw ApiException.badParameter(e.parameter(), "invalid_parameter", e.getMessage());
        }
    }

    private ResponseEntity<byte[]> export(PageQuery query, HttpServletRequest request) {
        String fileFormat = query.text("file_format").orElse("csv");
        String format = FILE_FORMATS.get(fileFormat);
        if (format == null) {
            throw ApiException.badParameter("file_format", "unknown_format", "'file_format' is one of csv, xlsx, json, "
                    + "tidy-csv; it is '" + fileFormat + "'.");
        }
        CompareQuery asked = compare.parse(query);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", format);
        options.put("field", asked.field());
        boolean wholeStructure = asked.chambers().isEmpty() && asked.region().isEmpty() && asked.subRegion().isEmpty()
                && asked.incomeGroup().isEmpty() && asked.parliament().equals("any") && !asked.chamber().equals("unicameral");
        if (wholeStructure) {
            options.put("structure", switch (asked.chamber()) {
                case "lower_chamber" -> "lower";
                case "upper_chamber" -> "upper";
                default -> "any";
            });
        } else {
            List<String> codes = compare.chamberCodes(asked);
            if (codes.isEmpty()) {
                throw ApiException.badParameter(asked.chambers().isEmpty() ? "structure" : "chambers", "no_chambers",
                        "No chamber is of the structure, region and income group asked for.");
            }
            options.put("chambers", String.join(",", codes));
        }
        options.put("from-year", Integer.toString(asked.yearFrom()));
        options.put("to-year", Integer.toString(asked.yearTo()));
        ExportRequest export = ExportRequest.of("compare", options);
        return responses.download(request, downloads.publication(), () -> {
            try {
                ExportFile file = downloads.export(export);
                return new CachedResponses.Download(file.fileName(), MediaType.parseMediaType(file.contentType()), file.content());
            } catch (BadExportParameter e) {
                throw ApiException.badParameter(e.parameter(), e.code(), e.getMessage());
            }
        });
    }
}
