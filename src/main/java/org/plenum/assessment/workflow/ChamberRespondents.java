package org.plenum.assessment.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenum.accounts.Actor;
import org.plenum.assessment.Respondent;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.springframework.stereotype.Component;

/**
 * Chambers as respondents, from the published registry: the chamber's code as the key, its country, "Country:
 * Chamber" as the label, the country's IPU region and income group at the time of answering.
 */
@Component
public class ChamberRespondents {

    private final PublishedRegistry registry;

    ChamberRespondents(PublishedRegistry registry) {
        this.registry = registry;
    }

    public boolean exists(String chamber) {
        return registry.current().get(EntityRef.chamber(chamber)).isPresent();
    }

    /** The chambers bound to a person: those of their parliaments, then those bound one by one. */
    public List<String> chambersOf(Actor actor) {
        Snapshot snapshot = registry.current();
        Set<String> codes = new LinkedHashSet<>();
        for (String parliament : actor.parliaments().stream().sorted().toList()) {
            snapshot.children(EntityRef.parliament(parliament), EntityType.CHAMBER).forEach(c -> codes.add(c.code()));
        }
        actor.chambers().stream().sorted().forEach(codes::add);
        return List.copyOf(codes);
    }

    public Respondent of(String chamber) {
        return completed(new Respondent(chamber, Optional.of(chamber),
                Optional.of(EntityRef.countryOf(chamber)).filter(c -> c.length() == 2), "", "", Optional.empty(),
                Optional.empty(), false));
    }

    /**
     * An imported respondent with what the registry knows added: the IPU region and the income group of its country
     * when the file gave none, and the chamber's name when the file named it only by its code.
     */
    public Respondent completed(Respondent respondent) {
        Optional<EntityRecord> country = respondent.country().flatMap(code -> registry.current().get(EntityRef.country(code)));
        String label = respondent.chamber().filter(chamber -> respondent.label().isBlank() || respondent.label().equals(chamber))
                .map(chamber -> name(chamber, "en")).orElse(respondent.label());
        return new Respondent(respondent.key(), respondent.chamber(), respondent.country(), label, respondent.organisation(),
                respondent.region().or(() -> country.flatMap(c -> c.latestValue("region", EntityRecord.LATEST))),
                respondent.incomeGroup().or(() -> country.flatMap(c -> c.latestValue("income_group", EntityRecord.LATEST))),
                respondent.synthetic());
    }

    /** "Country: Chamber" in the language (English when there is none), or the code when the registry has no name. */
    public String name(String chamber, String language) {
        return registry.current().chamberTitle(chamber, language);
    }
}
