package org.plenum.registry.web;

import java.util.Locale;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Country and chamber pages at Parline's addresses (decision 0031): {@code /parliament/FR/} (the parliament and every
 * chamber), {@code /parliament/FR/FR-LC01/} (one chamber), and Parline's sub-pages of a chamber
 * ({@code data-on-women/}, which answers the chamber's page) and an election's page
 * ({@code election/FR-LC01-E20240630/}, decision 0040). With or without the
 * final slash; a lower-case code is redirected to the upper-case address.
 */
@PageController
class CountryPageController {

    private final PublishedRegistry registry;
    private final ProfileBuilder profiles;

    CountryPageController(PublishedRegistry registry, ProfileBuilder profiles) {
        this.registry = registry;
        this.profiles = profiles;
    }

    @org.plenum.web.CachedPage
    @GetMapping({"/parliament/{country}", "/parliament/{country}/"})
    String country(@PathVariable String country, @ModelAttribute("page") PageContext page, Model model) {
        if (!country.equals(country.toUpperCase(Locale.ROOT))) {
            return "redirect:" + page.link(CountryPages.countryPath(country.toUpperCase(Locale.ROOT)));
        }
        Snapshot snapshot = registry.current();
        CountryProfile profile = profiles.country(snapshot, country, page)
                .orElseThrow(() -> new PageNotFoundException("country " + country));
        model.addAttribute("country", profile);
        return "registry/country";
    }

    @org.plenum.web.CachedPage
    @GetMapping({"/parliament/{country}/{chamber}", "/parliament/{country}/{chamber}/",
            "/parliament/{country}/{chamber}/data-on-women", "/parliament/{country}/{chamber}/data-on-women/"})
    String chamber(@PathVariable String country, @PathVariable String chamber, @ModelAttribute("page") PageContext page, Model model) {
        if (!country.equals(country.toUpperCase(Locale.ROOT)) || !chamber.equals(chamber.toUpperCase(Locale.ROOT))) {
            return "redirect:" + page.link(CountryPages.chamberPath(country.toUpperCase(Locale.ROOT), chamber.toUpperCase(Locale.ROOT)));
        }
        Snapshot snapshot = registry.current();
        EntityRecord record = chamberRecord(snapshot, country, chamber, page)
                .orElseThrow(() -> new PageNotFoundException("chamber " + chamber));
        CountryProfile profile = profiles.country(snapshot, country, page)
                .orElseThrow(() -> new PageNotFoundException("country " + country));
        model.addAttribute("country", profile);
        model.addAttribute("chamber", profiles.chamber(snapshot, record, page));
        return "registry/chamber";
    }

    /** An election's page at Parline's address (decision 0040): its figures, results by party, seats by party, sources. */
    @org.plenum.web.CachedPage
    @GetMapping({"/parliament/{country}/{chamber}/election/{election}", "/parliament/{country}/{chamber}/election/{election}/"})
    String election(@PathVariable String country, @PathVariable String chamber, @PathVariable String election,
                    @ModelAttribute("page") PageContext page, Model model) {
        String upper = election.toUpperCase(Locale.ROOT);
        if (!country.equals(country.toUpperCase(Locale.ROOT)) || !chamber.equals(chamber.toUpperCase(Locale.ROOT))
                || !election.equals(upper)) {
            return "redirect:" + page.link(ProfileBuilder.electionPath(country.toUpperCase(Locale.ROOT),
                    chamber.toUpperCase(Locale.ROOT), upper));
        }
        Snapshot snapshot = registry.current();
        EntityRecord chamberRecord = chamberRecord(snapshot, country, chamber, page)
                .orElseThrow(() -> new PageNotFoundException("chamber " + chamber));
        if (!ChamberCodes.ofElection(election).equals(chamber)) {
            throw new PageNotFoundException("election " + election + " of chamber " + chamber);
        }
        Optional<EntityRecord> electionRecord = electionRecord(snapshot, chamber, election, page);
        if (electionRecord.isEmpty()) {
            // an election Parline has and Plenum's data do not (yet): the chamber's page and its list of elections
            return "redirect:" + page.link(CountryPages.chamberPath(country, chamber)) + "#elections";
        }
        model.addAttribute("election", profiles.election(snapshot, chamberRecord, electionRecord.get(), page));
        return "registry/election";
    }

    static Optional<EntityRecord> electionRecord(Snapshot snapshot, String chamber, String election, PageContext page) {
        if (!ChamberCodes.ofElection(election).equals(chamber)) {
            return Optional.empty();
        }
        return snapshot.get(new EntityRef(org.plenum.registry.EntityType.ELECTION, election)).filter(e -> e.knownAt(page.recordTime()));
    }

    static Optional<EntityRecord> chamberRecord(Snapshot snapshot, String country, String chamber, PageContext page) {
        if (!ChamberCodes.country(chamber).equals(country)) {
            return Optional.empty();
        }
        return snapshot.get(EntityRef.chamber(chamber)).filter(c -> c.knownAt(page.recordTime()));
    }
}
