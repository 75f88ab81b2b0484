package org.plenum.stats.youth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/age-brackets?year=YYYY&month=M[&chamber=CODE]}: the youth figures of each chamber. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Representation statistics")
class AgeBracketsController {

    private final PublishedRegistry registry;
    private final AgeBrackets brackets;
    private final CachedResponses responses;

    AgeBracketsController(PublishedRegistry registry, AgeBrackets brackets, CachedResponses responses) {
        this.registry = registry;
        this.brackets = brackets;
        this.responses = responses;
    }

    @Operation(summary = "Members aged 30, 40 and 45 or under, and mean age, per chamber and in aggregate, on the first day of a month")
    @Parameter(name = "year", in = ParameterIn.QUERY, required = true, description = "Year, e.g. 2017")
    @Parameter(name = "month", in = ParameterIn.QUERY, required = true, description = "Month, 1 to 12: the report is of its first day")
    @Parameter(name = "chamber", in = ParameterIn.QUERY, description = "Only this chamber, e.g. LI-LC01")
    @GetMapping("/age-brackets")
    ResponseEntity<byte[]> ageBrackets(HttpServletRequest request) {
        ReportParameters parameters = ReportParameters.parse(request.getParameterMap());
        Snapshot snapshot = registry.current();
        parameters.chamber().ifPresent(code -> {
            if (snapshot.get(EntityRef.chamber(code)).isEmpty()) {
                throw ApiException.badParameter("chamber", "unknown_chamber", "There is no chamber with the code '" + code + "'.");
            }
        });
        String self = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return responses.jsonApi(request, snapshot.publication(), () -> AgeBracketsDocument.of(
                brackets.compute(snapshot, parameters.date(), code -> parameters.chamber().map(code::equals).orElse(true)),
                snapshot, self));
    }
}
