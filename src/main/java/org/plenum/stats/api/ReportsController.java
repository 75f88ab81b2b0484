package org.plenum.stats.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.Snapshot;
import org.plenum.stats.Area;
import org.plenum.stats.ChamberGroup;
import org.plenum.stats.MonthRange;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.WomenAverage;
import org.plenum.stats.WomenAverages;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports on women in parliament, as on Parline ({@code /v1/reports/women-ranking?year=&month=}): the monthly
 * ranking and the world and regional averages, for any month from the first data to the current one, as
 * published now or at {@code known_at}. JSON:API documents, computed from the snapshot and cached as bytes with
 * strong ETags.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Monthly ranking of women in national parliaments, world and regional averages")
class ReportsController {

    static final String REGION = "region";
    static final String CHAMBER = "chamber";

    private final RepresentationStatistics statistics;
    private final CachedResponses responses;

    ReportsController(RepresentationStatistics statistics, CachedResponses responses) {
        this.statistics = statistics;
        this.responses = responses;
    }

    @Operation(summary = "Monthly ranking of women in national parliaments (the situation on the first day of the month)")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Year, e.g. 2025 (with month; without both, the latest month)")
    @Parameter(name = "month", in = ParameterIn.QUERY, description = "Month, 1 to 12 (with year; without both, the latest month)")
    @Parameter(name = "known_at", in = ParameterIn.QUERY, description = "Record time: the ranking as published at this date or instant")
    @GetMapping("/women-ranking")
    ResponseEntity<byte[]> womenRanking(HttpServletRequest request) {
        Snapshot snapshot = statistics.snapshot();
        ReportParameters parameters = ReportParameters.parse(request.getParameterMap(), Set.of(), latest(snapshot));
        MonthRange range = checkMonth(snapshot, parameters, "ranking");
        return responses.jsonApi(request, snapshot.publication(), () -> ReportDocuments.ranking(snapshot,
                statistics.womenRanking(snapshot, parameters.month(), parameters.knownAt()), range));
    }

    @Operation(summary = "Share of women in parliament, world and by IPU region and sub-region, for lower and single, upper and all chambers")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Year, e.g. 2025 (with month; without both, the latest month)")
    @Parameter(name = "month", in = ParameterIn.QUERY, description = "Month, 1 to 12 (with year; without both, the latest month)")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "Only this area: world, an IPU region (e.g. europe) or sub-region (e.g. nordic_countries)")
    @Parameter(name = "chamber", in = ParameterIn.QUERY, description = "Only these chambers: lower (lower and single), upper or all")
    @Parameter(name = "known_at", in = ParameterIn.QUERY, description = "Record time: the averages as published at this date or instant")
    @GetMapping("/women-averages")
    ResponseEntity<byte[]> womenAverages(HttpServletRequest request) {
        Snapshot snapshot = statistics.snapshot();
        ReportParameters parameters = ReportParameters.parse(request.getParameterMap(), Set.of(REGION, CHAMBER), latest(snapshot));
        Optional<String> area = parameters.option(REGION).map(this::checkArea);
        Optional<ChamberGroup> chambers = parameters.option(CHAMBER).map(ReportsController::checkChambers);
        MonthRange range = checkMonth(snapshot, parameters, "averages");
        return responses.jsonApi(request, snapshot.publication(), () -> {
            WomenAverages averages = statistics.womenAverages(snapshot, parameters.month(), parameters.knownAt());
            List<WomenAverage> selected = averages.averages().stream()
                    .filter(a -> area.isEmpty() || a.area().id().equals(area.get()))
                    .filter(a -> chambers.isEmpty() || a.chambers() == chambers.get())
                    .toList();
            return ReportDocuments.averages(snapshot, averages, selected, range);
        });
    }

    /** The latest month with data as published at a time: the month a report without year and month is of. */
    private Optional<java.util.function.Function<Instant, Optional<YearMonth>>> latest(Snapshot snapshot) {
        return Optional.of(knownAt -> statistics.months(snapshot, knownAt).map(MonthRange::last));
    }

    /** The months with data; a 400 naming the parameter when the requested month is not one of them. */
    private MonthRange checkMonth(Snapshot snapshot, ReportParameters parameters, String report) {
        Instant knownAt = parameters.knownAt();
        String asPublished = knownAt.equals(EntityRecord.LATEST) ? "" : " as published at " + knownAt;
        Optional<MonthRange> months = statistics.months(snapshot, knownAt);
        if (months.isEmpty()) {
            throw ApiException.badParameter(knownAt.equals(EntityRecord.LATEST) ? ReportParameters.YEAR : ReportParameters.KNOWN_AT,
                    "no_data", "There are no " + report + " data" + asPublished + ": no chamber figures had been published.");
        }
        MonthRange range = months.get();
        YearMonth month = parameters.month();
        if (!range.contains(month)) {
            boolean yearOutside = month.getYear() < range.first().getYear() || month.getYear() > range.last().getYear();
            String why = month.isAfter(range.last())
                    ? (range.last().equals(YearMonth.now(java.time.ZoneOffset.UTC)) ? " is in the future" : " is after the time of known_at")
                    : " is before the first data";
            throw ApiException.badParameter(yearOutside ? ReportParameters.YEAR : ReportParameters.MONTH, "month_not_available",
                    "There is a " + report + " for every month from " + range.first() + " to " + range.last() + asPublished
                            + "; " + month + why + ".");
        }
        return range;
    }

    private String checkArea(String id) {
        List<String> known = new ArrayList<>();
        known.add(Area.WORLD_ID);
        statistics.regions().forEach(r -> known.add(r.id()));
        statistics.subRegions().forEach(r -> known.add(r.id()));
        if (!known.contains(id)) {
            throw ApiException.badParameter(REGION, "unknown_region", "'" + id + "' is not an area; use world, an IPU region ("
                    + String.join(", ", statistics.regions().stream().map(Area::id).toList()) + ") or an IPU sub-region ("
                    + String.join(", ", statistics.subRegions().stream().map(Area::id).toList()) + ").");
        }
        return id;
    }

    private static ChamberGroup checkChambers(String id) {
        return ChamberGroup.byId(id).orElseThrow(() -> ApiException.badParameter(CHAMBER, "unknown_chamber_group",
                "'" + id + "' is not a group of chambers; use lower (lower and single chambers), upper or all."));
    }
}
