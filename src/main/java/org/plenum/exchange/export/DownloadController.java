package org.plenum.exchange.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/downloads/{report}?…&format=…}: a report as a file ({@code Content-Disposition: attachment}),
 * with the report names, parameters and formats of {@code plenum export}. Computed once per publication and
 * request ({@link CachedResponses}); a wrong parameter is a JSON:API error naming it, an unknown report a 404.
 */
@RestController
@RequestMapping("/api/v1/downloads")
@Tag(name = "Downloads", description = "Reports as files: IPU's export layout, tidy CSV, XLSX, JSON, SDMX")
class DownloadController {

    private final DownloadService downloads;
    private final CachedResponses responses;

    DownloadController(DownloadService downloads, CachedResponses responses) {
        this.downloads = downloads;
        this.responses = responses;
    }

    @Operation(summary = "A report as a file", description = "Reports: women-ranking and women-averages (year, month); age-brackets (year, month, chamber); "
            + "sdg (year, series); compare (field, structure or chambers, from-year, to-year). The metadata block of the "
            + "ipu-csv format names Plenum as publisher and the data's licence (IPU data: CC BY-NC-SA 4.0).")
    @Parameter(name = "report", in = ParameterIn.PATH, required = true,
            description = "women-ranking, women-averages, age-brackets, sdg or compare")
    @Parameter(name = "format", in = ParameterIn.QUERY, required = true,
            description = "ipu-csv, csv, xlsx, json; sdmx-csv and sdmx-ml for sdg")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "women-ranking, women-averages, age-brackets, sdg: the year")
    @Parameter(name = "month", in = ParameterIn.QUERY, description = "women-ranking, women-averages, age-brackets: the month, 1 to 12 "
            + "(the report is of its first day)")
    @Parameter(name = "chamber", in = ParameterIn.QUERY, description = "age-brackets: only this chamber, e.g. LI-LC01")
    @Parameter(name = "series", in = ParameterIn.QUERY, description = "sdg: series codes separated by commas "
            + "(default: every series of the year)")
    @Parameter(name = "field", in = ParameterIn.QUERY, description = "compare: a chamber field, e.g. current_women_percent")
    @Parameter(name = "structure", in = ParameterIn.QUERY, description = "compare: lower, upper or any (default)")
    @Parameter(name = "chambers", in = ParameterIn.QUERY, description = "compare: chamber codes separated by commas "
            + "(instead of structure)")
    @Parameter(name = "from-year", in = ParameterIn.QUERY, description = "compare: the first year")
    @Parameter(name = "to-year", in = ParameterIn.QUERY, description = "compare: the last year")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = "text/csv"), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "application/json"), @Content(mediaType = "application/vnd.sdmx.data+csv"),
            @Content(mediaType = "application/vnd.sdmx.structurespecificdata+xml")})
    @GetMapping("/{report}")
    ResponseEntity<byte[]> download(@PathVariable String report, HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 1) {
                throw ApiException.badParameter(name, "repeated_parameter", "The parameter '" + name + "' is given "
                        + values.length + " times; give it once.");
            }
            parameters.put(name, values[0]);
        });
        if (!DownloadService.REPORTS.contains(report)) {
            throw ApiException.notFound("There is no report '" + report + "'; the reports are "
                    + String.join(", ", DownloadService.REPORTS) + ".");
        }
        ExportRequest export = checked(() -> ExportRequest.of(report, parameters));
        return responses.download(request, downloads.publication(), () -> {
            ExportFile file = checked(() -> downloads.export(export));
            return new CachedResponses.Download(file.fileName(), MediaType.parseMediaType(file.contentType()), file.content());
        });
    }

    private static <T> T checked(Supplier<T> work) {
        try {
            return work.get();
        } catch (BadExportParameter e) {
            throw ApiException.badParameter(e.parameter(), e.code(), e.getMessage());
        }
    }
}
