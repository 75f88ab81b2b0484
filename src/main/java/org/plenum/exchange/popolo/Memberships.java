package org.plenum.exchange.popolo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;
import tools.jackson.databind.JsonNode;

/**
 * The memberships of a Popolo file: each membership of the legislature becomes a fact {@code chamber_membership} on
 * its person, whose value is the chamber's code, valid from the membership's {@code start_date} (or else its
 * legislative period's start) to its {@code end_date} (or else its period's end; open while the period has none).
 * A date given to the month or the year is read as widely as it allows (an end {@code 2015} as 2015-12-31) and
 * the source says so. The annotation is the name of the group named by {@code on_behalf_of_id}. The source is
 * {@code <file> /memberships/<i>}, followed by where the dates come from when not from the membership itself.
 *
 * <p>Rejected whole: a membership whose person, organization or legislative period is unknown or rejected, of
 * another organization than the legislature, with a role other than {@code member}, with an unreadable date, no
 * start date at all, or an end before its start; two memberships of the same person that overlap in time (both:
 * Plenum does not choose), except that an exact repeat of another is rejected alone. Rejected alone: an
 * {@code on_behalf_of_id} that names no usable group (the membership is rejected whole, docs/decisions/0028).
 *
 * <p>Imported, with a warning: a member under 18 or over 100 when the membership starts, a membership that starts
 * after, or runs past, its member's death, a membership whose own dates lie outside its legislative period, and the
 * days on which more memberships are current than the legislature has seats.
 */
final class Memberships {

    static final String FIELD = "chamber_membership";

    /** @param ownEnd whether the end comes from the membership itself (not from its legislative period) */
    private record Membership(String pointer, Persons.Person person, LocalDate start, Optional<LocalDate> end,
                              boolean ownEnd, String group, String source) {

        boolean overlaps(Membership other) {
            return !start.isAfter(other.end.orElse(LocalDate.MAX)) && !other.start.isAfter(end.orElse(LocalDate.MAX));
        }

        boolean covers(LocalDate day) {
            return !start.isAfter(day) && !day.isAfter(end.orElse(LocalDate.MAX));
        }

        boolean repeats(Membership other) {
            return start.equals(other.start) && end.equals(other.end) && group.equals(other.group);
        }
    }

    private final JsonDocument doc;
    private final Legislature legislature;
    private final IdIndex<Persons.Person> persons;
    private final IdIndex<String> groups;
    private final IdIndex<LegislativePeriods.Period> periods;
    private final ReaderOutput out;

    private Memberships(JsonDocument doc, Legislature legislature, IdIndex<Persons.Person> persons, IdIndex<String> groups,
                        IdIndex<LegislativePeriods.Period> periods, ReaderOutput out) {
        this.doc = doc;
        this.legislature = legislature;
        this.persons = persons;
        this.groups = groups;
        this.periods = periods;
        this.out = out;
    }

    static void read(JsonDocument doc, Legislature legislature, IdIndex<Persons.Person> persons, IdIndex<String> groups,
                     IdIndex<LegislativePeriods.Period> periods, ReaderOutput out) {
        new Memberships(doc, legislature, persons, groups, periods, out).read();
    }

    private void read() {
        JsonNode list = doc.root().get("memberships");
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            membership(list.get(i), "/memberships/" + i).ifPresent(memberships::add);
        }
        List<Membership> accepted = withoutOverlaps(memberships);
        for (Membership membership : accepted) {
            ValidTime validTime = membership.end().map(end -> ValidTime.between(membership.start(), end))
                    .orElse(ValidTime.from(membership.start()));
            out.fact(membership.person().ref(), FIELD, validTime, FactValue.of(legislature.chamberCode()), membership.group(),
                    membership.source());
        }
        warnAboutSeats(accepted);
    }

    private Optional<Membership> membership(JsonNode node, String pointer) {
        if (!node.isObject()) {
            out.reject(doc.reject(pointer, "a membership must be a JSON object, not " + node));
            return Optional.empty();
        }
        Optional<Persons.Person> person = reference(node, pointer, "person_id", persons);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> organization = JsonDocument.text(node, "organization_id");
        if (organization.isEmpty()) {
            return reject(pointer + "/organization_id", JsonDocument.textProblem(node, "organization_id")
                    .orElse("the membership has no organization_id"));
        }
        if (!organization.get().equals(legislature.id())) {
            return reject(pointer + "/organization_id", groups.get(organization.get()).isPresent()
                    ? "the organization '" + organization.get() + "' is a party or group, not the legislature; Plenum imports "
                    + "memberships of the legislature only"
                    : "there is no organization with the id '" + organization.get() + "' in the file");
        }
        JsonNode role = node.get("role");
        if (role != null && !role.isNull() && !(role.isString() && role.stringValue().equals("member"))) {
            return reject(pointer + "/role", "the role " + role + " is not member; Plenum imports the members of the legislature only");
        }
        Optional<LegislativePeriods.Period> period = JsonDocument.has(node, "legislative_period_id")
                ? reference(node, pointer, "legislative_period_id", periods) : Optional.empty();
        if (period.isEmpty() && JsonDocument.has(node, "legislative_period_id")) {
            return Optional.empty();
        }
        Optional<PartialDate> ownStart = ownDate(node, pointer, "start_date");
        Optional<PartialDate> ownEnd = ownDate(node, pointer, "end_date");
        if (ownStart.isEmpty() && JsonDocument.has(node, "start_date") || ownEnd.isEmpty() && JsonDocument.has(node, "end_date")) {
            return Optional.empty();
        }
        Optional<PartialDate> start = ownStart.isPresent() ? ownStart : period.map(LegislativePeriods.Period::start);
        if (start.isEmpty()) {
            return reject(pointer, "the membership has no start_date and no legislative period to take it from");
        }
        Optional<PartialDate> end = ownEnd.isPresent() ? ownEnd : period.flatMap(LegislativePeriods.Period::end);
        if (end.isPresent() && end.get().last().isBefore(start.get().first())) {
            return reject(pointer, "the membership ends (" + end.get() + ") before it starts (" + start.get() + ")");
        }
        Optional<String> read = group(node, pointer);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String group = read.get();
        String source = source(pointer, period, ownStart.isEmpty(), ownEnd.isEmpty() && end.isPresent(), start.get(), end);
        Membership membership = new Membership(pointer, person.get(), start.get().first(), end.map(PartialDate::last),
                ownEnd.isPresent(), group, source);
        warnAboutDates(membership, period, ownStart, ownEnd);
        return Optional.of(membership);
    }

    private <T> Optional<T> reference(JsonNode node, String pointer, String member, IdIndex<T> index) {
        Optional<String> id = JsonDocument.text(node, member);
        if (id.isEmpty()) {
            out.reject(doc.reject(pointer + "/" + member, JsonDocument.textProblem(node, member)
                    .orElse("the membership has no " + member)));
            return Optional.empty();
        }
        Optional<String> problem = index.problem(id.get());
        if (problem.isPresent()) {
            out.reject(doc.reject(pointer + "/" + member, problem.get()));
            return Optional.empty();
        }
        return index.get(id.get());
    }

    /** The membership's own date; a present but unreadable one is rejected (and the caller rejects the membership). */
    private Optional<PartialDate> ownDate(JsonNode node, String pointer, String member) {
        JsonNode value = node.get(member);
        if (value == null) {
            return Optional.empty();
        }
        Optional<PartialDate> date = value.isString() ? PartialDate.parse(value.stringValue()) : Optional.empty();
        if (date.isEmpty()) {
            out.reject(doc.reject(pointer + "/" + member, member + " " + value + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
        return date;
    }

    /** The membership's group ("" for none); empty when on_behalf_of_id is rejected, which rejects the membership. */
    private Optional<String> group(JsonNode node, String pointer) {
        JsonNode value = node.get("on_behalf_of_id");
        if (value == null || value.isNull()) {
            return Optional.of("");
        }
        String id = value.isString() ? value.stringValue() : value.toString();
        Optional<String> problem = !value.isString() ? Optional.of("on_behalf_of_id must be a text, not " + value)
                : id.equals(legislature.id()) ? Optional.of("on_behalf_of_id names the legislature itself, not a group")
                : groups.problem(id);
        if (problem.isPresent()) {
            out.reject(doc.reject(pointer + "/on_behalf_of_id", problem.get() + "; the membership is rejected whole"
                    + " (docs/decisions/0028)"));
            return Optional.empty();
        }
        return Optional.of(groups.get(id).orElseThrow());
    }

    private String source(String pointer, Optional<LegislativePeriods.Period> period, boolean startFromPeriod,
                          boolean endFromPeriod, PartialDate start, Optional<PartialDate> end) {
        List<String> notes = new ArrayList<>();
        String periodId = period.map(LegislativePeriods.Period::id).orElse("");
        if (startFromPeriod && (endFromPeriod || end.isEmpty())) {
            notes.add("dates of legislative period " + periodId);
        } else if (startFromPeriod) {
            notes.add("start of legislative period " + periodId);
        } else if (endFromPeriod) {
            notes.add("end of legislative period " + periodId);
        }
        if (!start.isDay()) {
            notes.add("start " + start + " read as " + start.first());
        }
        end.filter(e -> !e.isDay()).ifPresent(e -> notes.add("end " + e + " read as " + e.last()));
        return doc.source(pointer) + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
    }

    private void warnAboutDates(Membership membership, Optional<LegislativePeriods.Period> period,
                                Optional<PartialDate> ownStart, Optional<PartialDate> ownEnd) {
        String pointer = membership.pointer();
        if (period.isPresent()) {
            LegislativePeriods.Period p = period.get();
            boolean startsBefore = ownStart.isPresent() && ownStart.get().last().isBefore(p.start().first());
            boolean endsAfter = ownEnd.isPresent() && p.end().isPresent() && ownEnd.get().first().isAfter(p.end().get().last());
            if (startsBefore || endsAfter) {
                out.warn(doc.warn(pointer, "the membership's own dates (" + ownStart.map(Object::toString).orElse("…") + " to "
                        + ownEnd.map(Object::toString).orElse("…") + ") lie outside its legislative period " + p.id() + " ("
                        + p.start() + " to " + p.end().map(Object::toString).orElse("…") + ")"));
            }
        }
        Persons.Person person = membership.person();
        LocalDate start = membership.start();
        person.birth().ifPresent(birth -> {
            int youngest = birth.youngestAgeOn(start);
            int oldest = birth.oldestAgeOn(start);
            if (youngest < 18) {
                out.warn(doc.warn(pointer, "the member (" + person.pointer() + ", born " + birth + ") was "
                        + (oldest < 18 ? "" : "possibly ") + "under 18 when the membership started (" + start
                        + "); imported as given"));
            } else if (youngest > 100) {
                out.warn(doc.warn(pointer, "the member (" + person.pointer() + ", born " + birth + ") was over 100 when the "
                        + "membership started (" + start + "); imported as given"));
            }
        });
        person.death().ifPresent(death -> {
            if (death.last().isBefore(start)) {
                out.warn(doc.warn(pointer, "the membership starts (" + start + ") after the member's death (" + death + ", "
                        + person.pointer() + "); imported as given"));
            } else if (membership.end().map(end -> end.isAfter(death.last())).orElse(true)) {
                out.warn(doc.warn(pointer, "the membership runs past the member's death (" + death + ", " + person.pointer()
                        + ") to " + membership.end().map(Object::toString).orElse("no end") + "; imported as given"));
            }
        });
    }

    /** The memberships without those that overlap another of the same person, which are rejected. */
    private List<Membership> withoutOverlaps(List<Membership> memberships) {
        Map<EntityRef, List<Membership>> byPerson = new LinkedHashMap<>();
        memberships.forEach(m -> byPerson.computeIfAbsent(m.person().ref(), k -> new ArrayList<>()).add(m));
        Map<String, String> rejected = new LinkedHashMap<>();
        for (List<Membership> ofPerson : byPerson.values()) {
            for (int i = 0; i < ofPerson.size(); i++) {
                for (int j = i + 1; j < ofPerson.size(); j++) {
                    Membership a = ofPerson.get(i);
                    Membership b = ofPerson.get(j);
                    if (!a.overlaps(b) || rejected.containsKey(a.pointer()) && a.repeats(b)) {
                        continue;
                    }
                    if (a.repeats(b)) {
                        rejected.putIfAbsent(b.pointer(), "the membership repeats " + a.pointer() + " (same person, dates and group)");
                    } else {
                        rejected.putIfAbsent(a.pointer(), overlap(a, b));
                        rejected.putIfAbsent(b.pointer(), overlap(b, a));
                    }
                }
            }
        }
        rejected.forEach((pointer, reason) -> out.reject(doc.reject(pointer, reason)));
        return memberships.stream().filter(m -> !rejected.containsKey(m.pointer())).toList();
    }

    private static String overlap(Membership a, Membership b) {
        return "the membership (" + a.start() + " to " + a.end().map(Object::toString).orElse("…") + ") overlaps "
                + b.pointer() + " (" + b.start() + " to " + b.end().map(Object::toString).orElse("…")
                + ") of the same person; Plenum does not choose between them";
    }

    private void warnAboutSeats(List<Membership> memberships) {
        if (legislature.seats().isEmpty()) {
            return;
        }
        int seats = legislature.seats().getAsInt();
        TreeSet<LocalDate> starts = new TreeSet<>();
        memberships.forEach(m -> starts.add(m.start()));
        boolean over = false;
        for (LocalDate day : starts) {
            List<Membership> current = memberships.stream().filter(m -> m.covers(day))
                    .sorted(Comparator.comparing(Membership::pointer)).toList();
            if (current.size() > seats && !over) {
                List<String> endingEarly = current.stream()
                        .filter(Membership::ownEnd)
                        .map(m -> m.pointer() + " ends " + m.end().get()).toList();
                out.warn(doc.warn(legislature.pointer(), "on " + day + ", " + current.size() + " memberships are current in a "
                        + "legislature of " + seats + " seats. A membership without its own start_date takes its legislative "
                        + "period's start, so a member who replaced another during the period counts from that start"
                        + (endingEarly.isEmpty() ? "" : " (memberships with their own end: " + String.join(", ", endingEarly) + ")")));
            }
            over = current.size() > seats;
        }
    }

    private Optional<Membership> reject(String pointer, String reason) {
        out.reject(doc.reject(pointer, reason));
        return Optional.empty();
    }
}
