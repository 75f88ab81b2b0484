package org.plenum.stewardship.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stewardship.Finding;
import org.plenum.stewardship.ItemDraft;
import org.plenum.stewardship.SourceReference;
import org.plenum.stewardship.Submission;
import org.plenum.web.PageContext;
import org.springframework.stereotype.Component;

/**
 * A whole election's results as the items of a submission: the election ({@code <chamber>-E<yyyymmdd>}, under the
 * chamber) with its date, chamber, seats at stake and women elected; a result per party
 * ({@code <election>-<party>}, under the election) with its seats; and the chamber's last election from that date.
 */
@Component
class ElectionForms {

    static final int PARTY_ROWS = 8;
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final PublishedRegistry registry;
    private final StewardshipPages pages;

    ElectionForms(PublishedRegistry registry, StewardshipPages pages) {
        this.registry = registry;
        this.pages = pages;
    }

    /** Whether a submission is an election's results (it holds an election item). */
    static boolean isElection(Submission submission) {
        return submission.items().stream().anyMatch(i -> i.draft().entity().type() == EntityType.ELECTION);
    }

    record Parsed(List<ItemDraft> items, Optional<String> badDate, SourceReference source, String date, String seats,
                  String women, List<String[]> parties) {
    }

    Parsed parse(String chamber, StewardshipPages.FormInput input) {
        SourceReference source = new SourceReference(StewardshipPages.limit(input.get("source_title"), 500),
                StewardshipPages.limit(input.get("source_url"), 1000), StewardshipPages.limit(input.get("source_gazette"), 500));
        String dateText = input.get("election_date");
        String seats = StewardshipPages.limit(input.get("seats_total"), 20);
        String women = StewardshipPages.limit(input.get("women_elected_number"), 20);
        List<String[]> parties = new ArrayList<>();
        for (int i = 0; i < PARTY_ROWS; i++) {
            parties.add(new String[] {StewardshipPages.limit(input.get("party." + i), 80), StewardshipPages.limit(input.get("seats." + i), 20)});
        }
        Optional<LocalDate> date;
        try {
            date = dateText.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(dateText));
        } catch (DateTimeParseException e) {
            return new Parsed(List.of(), Optional.of(dateText), source, dateText, seats, women, parties);
        }
        if (date.isEmpty()) {
            return new Parsed(List.of(), Optional.of(""), source, dateText, seats, women, parties);
        }
        EntityRef chamberRef = EntityRef.chamber(chamber);
        EntityRef election = new EntityRef(EntityType.ELECTION, chamber + "-E" + CODE_DATE.format(date.get()));
        Optional<EntityRef> underChamber = Optional.of(chamberRef);
        List<ItemDraft> items = new ArrayList<>();
        items.add(new ItemDraft(election, underChamber, "election_date", Optional.empty(), date.get().toString(), source, ""));
        items.add(new ItemDraft(election, underChamber, "chamber_code", Optional.empty(), chamber, source, ""));
        items.add(new ItemDraft(election, underChamber, "seats_total", Optional.empty(), seats, source, ""));
        if (!women.isEmpty()) {
            items.add(new ItemDraft(election, underChamber, "women_elected_number", Optional.empty(), women, source, ""));
        }
        for (String[] party : parties) {
            if (party[0].isEmpty() && party[1].isEmpty()) {
                continue;
            }
            String code = party[0].isEmpty() ? "?" : party[0];
            EntityRef result = new EntityRef(EntityType.ELECTION_RESULT, election.code() + "-" + code);
            Optional<EntityRef> underElection = Optional.of(election);
            items.add(new ItemDraft(result, underElection, "election_code", Optional.empty(), election.code(), source, ""));
            items.add(new ItemDraft(result, underElection, "political_party", Optional.empty(), party[0], source, ""));
            items.add(new ItemDraft(result, underElection, "seats", Optional.empty(), party[1], source, ""));
        }
        // The chamber's last election moves on only when this election is later than the one published.
        String month = date.get().toString().substring(0, 7);
        boolean later = registry.current().get(chamberRef).flatMap(c -> c.latest("last_election", EntityRecord.LATEST))
                .map(v -> v.value() instanceof FactValue.Present p && p.value().compareTo(month) < 0).orElse(true);
        if (later) {
            items.add(ItemDraft.chamber(chamber, "last_election", date.get(), month, source, ""));
        }
        return new Parsed(items, Optional.empty(), source, dateText, seats, women, parties);
    }

    /** The form as parsed (or as a saved submission holds it), with the findings next to their fields. */
    ElectionForm form(PageContext page, String chamber, Optional<Submission> submission, Parsed parsed,
                      List<Finding> findings, boolean saved) {
        List<ItemDraft> items = parsed.items();
        List<Message> date = new ArrayList<>();
        List<Message> seats = new ArrayList<>();
        List<Message> women = new ArrayList<>();
        List<Message> source = new ArrayList<>();
        List<Message> general = new ArrayList<>();
        List<List<Message>> partyMessages = new ArrayList<>();
        for (int i = 0; i < ElectionForms.PARTY_ROWS; i++) {
            partyMessages.add(new ArrayList<>());
        }
        parsed.badDate().ifPresent(bad -> date.add(new Message("error", bad.isEmpty()
                ? page.t("stewardship.check.date-required") : page.t("stewardship.check.date", bad))));
        for (Finding finding : findings) {
            Message message = pages.message(finding, page);
            ItemDraft item = finding.position() > 0 && finding.position() <= items.size() ? items.get(finding.position() - 1) : null;
            String field = item != null && !finding.field().startsWith("source_") && !finding.field().equals("valid_from")
                    ? item.field() : finding.field();
            if (field.startsWith("source_")) {
                if (!source.contains(message)) {
                    source.add(message);
                }
            } else if (field.equals("election_date") || field.equals("last_election") || field.equals("valid_from")) {
                date.add(message);
            } else if (field.equals("seats_total")) {
                seats.add(message);
            } else if (field.equals("women_elected_number")) {
                women.add(message);
            } else if (item != null && item.entity().type() == EntityType.ELECTION_RESULT) {
                int row = partyRow(parsed, item);
                (row >= 0 ? partyMessages.get(row) : general).add(message);
            } else {
                general.add(message);
            }
        }
        List<EntityRecord> countryParties = parties(chamber);
        List<ElectionForm.PartyRow> rows = new ArrayList<>();
        for (int i = 0; i < ElectionForms.PARTY_ROWS; i++) {
            String chosen = i < parsed.parties().size() ? parsed.parties().get(i)[0] : "";
            List<Option> options = new ArrayList<>();
            for (EntityRecord party : countryParties) {
                options.add(new Option(party.code(), partyName(party), party.code().equals(chosen)));
            }
            rows.add(new ElectionForm.PartyRow(i, options, i < parsed.parties().size() ? parsed.parties().get(i)[1] : "",
                    partyMessages.get(i)));
        }
        String action = submission.map(s -> "/my/submissions/" + s.id()).orElse("/my/chambers/" + chamber + "/elections");
        return new ElectionForm(chamber, pages.chamberName(chamber, page), action, submission.map(Submission::id),
                submission.map(Submission::version).orElse(0), parsed.date(), parsed.seats(), parsed.women(), rows, date,
                seats, women, parsed.source().title(), parsed.source().url(), parsed.source().gazette(), source, general,
                submission.map(Submission::reviewComment).filter(c -> !c.isEmpty()), saved);
    }

    /** A saved election submission back as the form's input. */
    Parsed fromSubmission(Submission submission) {
        String date = "";
        String seats = "";
        String women = "";
        List<String[]> parties = new ArrayList<>();
        SourceReference source = submission.items().isEmpty() ? SourceReference.none() : submission.items().get(0).draft().source();
        for (ItemDraft item : submission.drafts()) {
            switch (item.field()) {
                case "election_date" -> date = item.value();
                case "seats_total" -> seats = item.value();
                case "women_elected_number" -> women = item.value();
                case "political_party" -> parties.add(new String[] {item.value(), ""});
                case "seats" -> {
                    if (!parties.isEmpty()) {
                        parties.get(parties.size() - 1)[1] = item.value();
                    }
                }
                default -> {
                }
            }
        }
        while (parties.size() < PARTY_ROWS) {
            parties.add(new String[] {"", ""});
        }
        return new Parsed(submission.drafts(), Optional.empty(), source, date, seats, women, parties);
    }

    private static int partyRow(Parsed parsed, ItemDraft item) {
        String code = item.entity().code();
        for (int i = 0; i < parsed.parties().size(); i++) {
            String party = parsed.parties().get(i)[0].isEmpty() ? "?" : parsed.parties().get(i)[0];
            if (code.endsWith("-" + party)) {
                return i;
            }
        }
        return -1;
    }

    private List<EntityRecord> parties(String chamber) {
        String country = StewardshipPages.country(chamber);
        return registry.current().children(EntityRef.country(country), EntityType.POLITICAL_PARTY).stream()
                .filter(p -> p.latest("dissolution_date", EntityRecord.LATEST).isEmpty())
                .sorted(Comparator.comparing(ElectionForms::partyName)).toList();
    }

    private static String partyName(EntityRecord party) {
        String name = party.latest("party_name_english", EntityRecord.LATEST)
                .or(() -> party.latest("party_name", EntityRecord.LATEST))
                .map(v -> v.value() instanceof FactValue.Present p ? p.value() : party.code()).orElse(party.code());
        return party.latest("party_abbreviation", EntityRecord.LATEST)
                .map(v -> v.value() instanceof FactValue.Present p ? name + " (" + p.value() + ")" : name).orElse(name);
    }
}
