package org.plenum.stewardship.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.accounts.AccountDirectory;
import org.plenum.accounts.Contact;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stewardship.Stewardship;
import org.plenum.web.PageContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which chambers need an editor's attention: those with no active correspondent, and those not updated (no approved
 * submission) since their last election. Chambers of former countries are left out.
 */
@Component
class CorrespondentCoverages {

    private final PublishedRegistry registry;
    /** Accounts' directory of correspondents (until accounts provides one, every chamber shows none). */
    private final ObjectProvider<AccountDirectory> directory;
    private final Stewardship stewardship;
    private final StewardshipPages pages;

    CorrespondentCoverages(PublishedRegistry registry, ObjectProvider<AccountDirectory> directory, Stewardship stewardship,
                           StewardshipPages pages) {
        this.registry = registry;
        this.directory = directory;
        this.stewardship = stewardship;
        this.pages = pages;
    }

    List<CorrespondentCoverage> chambers(PageContext page) {
        AccountDirectory accounts = directory.getIfAvailable();
        List<Contact> correspondents = accounts == null ? List.of() : accounts.activeCorrespondents();
        Map<String, Instant> approvals = stewardship.lastApprovals();
        List<CorrespondentCoverage> rows = new ArrayList<>();
        for (EntityRecord chamber : registry.current().all(EntityType.CHAMBER)) {
            String country = StewardshipPages.country(chamber.code());
            boolean former = registry.current().get(EntityRef.country(country))
                    .flatMap(c -> c.latest("is_former_country", EntityRecord.LATEST))
                    .map(v -> v.value().equals(FactValue.of("true"))).orElse(false);
            if (former) {
                continue;
            }
            List<String> names = correspondents.stream().filter(c -> c.covers(chamber.code()))
                    .map(Contact::displayName).sorted().toList();
            Optional<LocalDate> lastElection = chamber.latest("last_election", EntityRecord.LATEST)
                    .flatMap(v -> v.value() instanceof FactValue.Present p ? date(p.value()) : Optional.empty());
            Optional<Instant> lastUpdate = Optional.ofNullable(approvals.get(chamber.code()));
            boolean stale = lastElection.isPresent() && lastUpdate.map(u -> LocalDate.ofInstant(u, ZoneOffset.UTC)
                    .isBefore(lastElection.get())).orElse(true);
            rows.add(new CorrespondentCoverage(chamber.code(), pages.chamberName(chamber.code(), page), "/parliament/" + country,
                    String.join(", ", names), lastElection.map(page::date).orElse(""),
                    lastUpdate.map(u -> page.date(LocalDate.ofInstant(u, ZoneOffset.UTC))).orElse(""), names.isEmpty(), stale));
        }
        rows.sort(Comparator.comparing((CorrespondentCoverage c) -> !c.noCorrespondent())
                .thenComparing(c -> !c.stale()).thenComparing(CorrespondentCoverage::name));
        return rows;
    }

    /** {@code last_election} is a month ({@code 2024-07}) or a day: the month's first day. */
    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(value.length() == 7 ? LocalDate.parse(value + "-01") : LocalDate.parse(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String names(List<Contact> contacts) {
        return contacts.stream().map(Contact::displayName).collect(Collectors.joining(", "));
    }
}
