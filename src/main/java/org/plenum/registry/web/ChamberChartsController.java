package org.plenum.registry.web;

import org.plenum.registry.EntityRecord;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.plenum.web.chart.ChartEmbedding;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A chamber's charts as SVG at stable addresses that other sites may embed ({@code <img>} or {@code <iframe>}):
 * {@code /parliament/FR/FR-LC01/hemicycle.svg}, {@code .../history.svg} and an election's seats by party
 * {@code .../election/FR-LC01-E20240630/seats.svg}, with {@code lang} and {@code known_at}.
 */
@PageController
class ChamberChartsController {

    private final PublishedRegistry registry;
    private final ProfileBuilder profiles;

    ChamberChartsController(PublishedRegistry registry, ProfileBuilder profiles) {
        this.registry = registry;
        this.profiles = profiles;
    }

    @GetMapping("/parliament/{country}/{chamber}/hemicycle.svg")
    @ResponseBody
    ResponseEntity<String> hemicycle(@PathVariable String country, @PathVariable String chamber,
                                     @ModelAttribute("page") PageContext page) {
        Snapshot snapshot = registry.current();
        EntityRecord record = record(snapshot, country, chamber, page);
        return svg(profiles.svg(snapshot, "hemicycle.svg", chamber, page,
                () -> profiles.hemicycle(record, page).map(h -> h.render(page.locale()).svg()).orElse("")));
    }

    @GetMapping("/parliament/{country}/{chamber}/history.svg")
    @ResponseBody
    ResponseEntity<String> history(@PathVariable String country, @PathVariable String chamber,
                                   @ModelAttribute("page") PageContext page) {
        Snapshot snapshot = registry.current();
        EntityRecord record = record(snapshot, country, chamber, page);
        return svg(profiles.svg(snapshot, "history.svg", chamber, page,
                () -> profiles.history(record, page).map(h -> h.render(page.locale()).svg()).orElse("")));
    }

    /** The seats won by party at an election: {@code /parliament/BE/BE-LC01/election/BE-LC01-E20240609/seats.svg}. */
    @GetMapping("/parliament/{country}/{chamber}/election/{election}/seats.svg")
    @ResponseBody
    ResponseEntity<String> seats(@PathVariable String country, @PathVariable String chamber, @PathVariable String election,
                                 @ModelAttribute("page") PageContext page) {
        Snapshot snapshot = registry.current();
        record(snapshot, country, chamber, page);
        EntityRecord record = CountryPageController.electionRecord(snapshot, chamber, election, page)
                .orElseThrow(() -> new PageNotFoundException("election " + election));
        return svg(profiles.svg(snapshot, "seats.svg", election, page,
                () -> profiles.partyHemicycle(snapshot, record, page).map(h -> h.render(page.locale()).svg()).orElse("")));
    }

    private static EntityRecord record(Snapshot snapshot, String country, String chamber, PageContext page) {
        return CountryPageController.chamberRecord(snapshot, country, chamber, page)
                .orElseThrow(() -> new PageNotFoundException("chamber " + chamber));
    }

    private static ResponseEntity<String> svg(String body) {
        if (body.isEmpty()) {
            throw new PageNotFoundException("no data for this chart");
        }
        return ResponseEntity.ok().contentType(ChartEmbedding.SVG).cacheControl(ChartEmbedding.CACHE_CONTROL)
                .header(HttpHeaders.VARY, "Accept-Language, Cookie").body(body);
    }
}
