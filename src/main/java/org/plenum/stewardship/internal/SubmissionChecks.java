package org.plenum.stewardship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.FieldValues;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.plenum.stewardship.Finding;
import org.plenum.stewardship.ItemDraft;

/**
 * The automatic checks of a submission against the field catalogue and the published data (decision 0045): errors
 * block sending, warnings need the correspondent's note. Each finding names the item and the field it is about.
 */
public final class SubmissionChecks {

    static final String MEMBERS = "current_members_number";
    static final String WOMEN = "current_women_number";
    static final String STATUTORY = "statutory_members_number";
    /** A change of a count of persons by more than this share of the published value (and more than 2) is a warning. */
    static final double PLAUSIBLE_JUMP = 0.2;

    private final Snapshot snapshot;
    private final FieldCatalogue catalogue;
    private final LocalDate today;

    public SubmissionChecks(Snapshot snapshot, FieldCatalogue catalogue, LocalDate today) {
        this.snapshot = snapshot;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** Every finding of the items of a submission for the chamber (positions 1, 2, … in list order). */
    public List<Finding> check(String chamber, List<ItemDraft> items) {
        List<Finding> findings = new ArrayList<>();
        Optional<EntityRecord> chamberRecord = snapshot.get(EntityRef.chamber(chamber));
        if (chamberRecord.isEmpty()) {
            findings.add(Finding.error(0, "chamber", "stewardship.check.unknown-chamber", chamber));
            return findings;
        }
        if (items.isEmpty()) {
            findings.add(Finding.error(0, "items", "stewardship.check.no-items"));
        }
        Set<String> keys = new HashSet<>();
        Map<EntityRef, EntityRef> declared = new HashMap<>();
        for (ItemDraft item : items) {
            item.parent().ifPresent(parent -> declared.put(item.entity(), parent));
        }
        for (int i = 0; i < items.size(); i++) {
            int position = i + 1;
            ItemDraft item = items.get(i);
            if (!belongs(item.entity(), chamber, declared)) {
                findings.add(Finding.error(position, item.field(), "stewardship.check.other-chamber", item.entity().code(), chamber));
                continue;
            }
            Optional<Field> field = catalogue.field(item.entity().type(), item.field());
            if (field.isEmpty() || field.get().computed()) {
                findings.add(Finding.error(position, item.field(), "stewardship.check.unknown-field", item.field()));
                continue;
            }
            if (!keys.add(item.entity() + "|" + item.field() + "|" + item.validFrom())) {
                findings.add(Finding.error(position, item.field(), "stewardship.check.duplicate"));
            }
            value(position, item, field.get(), findings);
            source(position, item, findings);
            if (item.entity().type() == EntityType.CHAMBER) {
                date(position, item, chamberRecord.get(), findings);
                jump(position, item, field.get(), chamberRecord.get(), findings);
            }
        }
        composition(chamberRecord.get(), items, findings);
        elections(chamber, items, findings);
        return findings;
    }

    private boolean belongs(EntityRef entity, String chamber, Map<EntityRef, EntityRef> declared) {
        return switch (entity.type()) {
            case CHAMBER -> entity.code().equals(chamber);
            case ELECTION -> parentOf(entity, declared).filter(p -> p.equals(EntityRef.chamber(chamber))).isPresent();
            case ELECTION_RESULT -> parentOf(entity, declared).filter(p -> p.type() == EntityType.ELECTION)
                    .flatMap(e -> parentOf(e, declared)).filter(p -> p.equals(EntityRef.chamber(chamber))).isPresent();
            default -> false;
        };
    }

    private Optional<EntityRef> parentOf(EntityRef entity, Map<EntityRef, EntityRef> declared) {
        EntityRef parent = declared.get(entity);
        return parent != null ? Optional.of(parent) : snapshot.get(entity).flatMap(EntityRecord::parent);
    }

    private void value(int position, ItemDraft item, Field field, List<Finding> findings) {
        if (item.value().isEmpty()) {
            findings.add(Finding.error(position, item.field(), "stewardship.check.required"));
            return;
        }
        if (FieldValues.problem(field, item.value(), catalogue).isPresent()) {
            switch (field.dataType()) {
                case TAXONOMY_TERM -> findings.add(Finding.error(position, item.field(), "stewardship.check.term",
                        item.value(), field.taxonomy().orElse("")));
                default -> findings.add(Finding.error(position, item.field(),
                        "stewardship.check." + field.dataType().name().toLowerCase(java.util.Locale.ROOT), item.value()));
            }
            return;
        }
        if (field.id().equals("political_party") && snapshot.get(new EntityRef(EntityType.POLITICAL_PARTY, item.value())).isEmpty()) {
            findings.add(Finding.error(position, item.field(), "stewardship.check.party-unknown", item.value()));
        }
    }

    private static void source(int position, ItemDraft item, List<Finding> findings) {
        if (item.source().title().isEmpty()) {
            findings.add(Finding.error(position, "source_title", "stewardship.check.source-required"));
        }
        String url = item.source().url();
        if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
            findings.add(Finding.error(position, "source_url", "stewardship.check.source-url", url));
        }
    }

    private void date(int position, ItemDraft item, EntityRecord chamber, List<Finding> findings) {
        if (item.validFrom().isEmpty()) {
            findings.add(Finding.error(position, "valid_from", "stewardship.check.date-required"));
            return;
        }
        LocalDate from = item.validFrom().get();
        if (from.isAfter(today)) {
            Optional<LocalDate> announced = announcedElection(chamber);
            if (announced.isEmpty()) {
                findings.add(Finding.error(position, "valid_from", "stewardship.check.date-future", from));
            } else if (from.isAfter(announced.get())) {
                findings.add(Finding.error(position, "valid_from", "stewardship.check.date-after-election", from, announced.get()));
            }
        }
        latestStart(chamber, item.field()).filter(from::isBefore).ifPresent(start ->
                findings.add(Finding.warning(position, "valid_from", "stewardship.check.date-before-current", from, start)));
    }

    /** The date of the chamber's next election when one is announced (an election dated after today). */
    Optional<LocalDate> announcedElection(EntityRecord chamber) {
        return snapshot.children(chamber.ref(), EntityType.ELECTION).stream()
                .flatMap(e -> e.latest("election_date", EntityRecord.LATEST).stream())
                .flatMap(v -> present(v.value()).stream())
                .flatMap(v -> parseDate(v).stream())
                .filter(d -> d.isAfter(today))
                .max(LocalDate::compareTo);
    }

    private static Optional<LocalDate> latestStart(EntityRecord chamber, String field) {
        return chamber.latest(field, EntityRecord.LATEST).flatMap(TimedValue::from);
    }

    private void jump(int position, ItemDraft item, Field field, EntityRecord chamber, List<Finding> findings) {
        if (field.dataType() != org.plenum.registry.DataType.INTEGER || !field.unit().equals("persons") || item.validFrom().isEmpty()) {
            return;
        }
        OptionalLong now = number(item.value());
        OptionalLong before = published(chamber, item.field(), item.validFrom().get().minusDays(1));
        if (now.isEmpty() || before.isEmpty() || before.getAsLong() == 0) {
            return;
        }
        long change = Math.abs(now.getAsLong() - before.getAsLong());
        if (change > 2 && change > PLAUSIBLE_JUMP * before.getAsLong()) {
            long percent = Math.round(100.0 * (now.getAsLong() - before.getAsLong()) / before.getAsLong());
            findings.add(Finding.warning(position, item.field(), "stewardship.check.jump", before.getAsLong(),
                    now.getAsLong(), (percent > 0 ? "+" : "") + percent));
        }
    }

    /** Women ≤ members ≤ statutory members, at the date of each item of these fields, with the published values. */
    private void composition(EntityRecord chamber, List<ItemDraft> items, List<Finding> findings) {
        for (int i = 0; i < items.size(); i++) {
            ItemDraft item = items.get(i);
            if (item.entity().type() != EntityType.CHAMBER || item.validFrom().isEmpty()
                    || !Set.of(MEMBERS, WOMEN, STATUTORY).contains(item.field())) {
                continue;
            }
            LocalDate at = item.validFrom().get();
            OptionalLong women = valueAt(chamber, items, WOMEN, at);
            OptionalLong members = valueAt(chamber, items, MEMBERS, at);
            OptionalLong statutory = valueAt(chamber, items, STATUTORY, at);
            if (item.field().equals(WOMEN) || item.field().equals(MEMBERS)) {
                if (women.isPresent() && members.isPresent() && women.getAsLong() > members.getAsLong()) {
                    findings.add(Finding.error(i + 1, item.field(), "stewardship.check.women-over-members",
                            women.getAsLong(), members.getAsLong(), at));
                }
            }
            if (item.field().equals(MEMBERS) || item.field().equals(STATUTORY)) {
                if (members.isPresent() && statutory.isPresent() && members.getAsLong() > statutory.getAsLong()) {
                    findings.add(Finding.error(i + 1, item.field(), "stewardship.check.members-over-statutory",
                            members.getAsLong(), statutory.getAsLong(), at));
                }
            }
        }
    }

    /** The field's value on a date: the submission's latest item of the field on or before it, else the published one. */
    private OptionalLong valueAt(EntityRecord chamber, List<ItemDraft> items, String field, LocalDate at) {
        ItemDraft best = null;
        for (ItemDraft item : items) {
            if (item.entity().type() == EntityType.CHAMBER && item.field().equals(field) && item.validFrom().isPresent()
                    && !item.validFrom().get().isAfter(at)
                    && (best == null || item.validFrom().get().isAfter(best.validFrom().get()))) {
                best = item;
            }
        }
        if (best != null) {
            LocalDate stated = best.validFrom().get();
            Optional<TimedValue> published = chamber.valueAt(field, at, EntityRecord.LATEST);
            boolean publishedLater = published.flatMap(TimedValue::from).filter(f -> f.isAfter(stated)).isPresent();
            if (!publishedLater) {
                return number(best.value());
            }
        }
        return published(chamber, field, at);
    }

    private static OptionalLong published(EntityRecord chamber, String field, LocalDate at) {
        return chamber.valueAt(field, at, EntityRecord.LATEST).flatMap(v -> present(v.value()))
                .map(SubmissionChecks::number).orElse(OptionalLong.empty());
    }

    /** Party seats add up to the seats at stake; women elected at most the seats; results not before the election. */
    private void elections(String chamber, List<ItemDraft> items, List<Finding> findings) {
        Map<EntityRef, Integer> totals = new HashMap<>();
        Map<EntityRef, Long> partySeats = new HashMap<>();
        Map<EntityRef, Long> seatsTotal = new HashMap<>();
        Map<EntityRef, Long> women = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ItemDraft item = items.get(i);
            if (item.entity().type() == EntityType.ELECTION) {
                if (item.field().equals("seats_total")) {
                    totals.put(item.entity(), i + 1);
                    number(item.value()).ifPresent(n -> seatsTotal.put(item.entity(), n));
                } else if (item.field().equals("women_elected_number")) {
                    number(item.value()).ifPresent(n -> women.put(item.entity(), n));
                } else if (item.field().equals("election_date")) {
                    parseDate(item.value()).filter(d -> d.isAfter(today)).ifPresent(d ->
                            findings.add(Finding.error(0, "election_date", "stewardship.check.election-future", d)));
                }
            } else if (item.entity().type() == EntityType.ELECTION_RESULT && item.field().equals("seats")) {
                item.parent().ifPresent(election -> number(item.value())
                        .ifPresent(n -> partySeats.merge(election, n, Long::sum)));
            }
        }
        for (Map.Entry<EntityRef, Long> total : seatsTotal.entrySet()) {
            int position = totals.get(total.getKey());
            Long sum = partySeats.get(total.getKey());
            if (sum != null && sum.longValue() != total.getValue()) {
                findings.add(Finding.error(position, "seats_total", "stewardship.check.party-seats-sum", sum, total.getValue()));
            }
            Long elected = women.get(total.getKey());
            if (elected != null && elected > total.getValue()) {
                findings.add(Finding.error(position, "women_elected_number", "stewardship.check.women-over-seats", elected,
                        total.getValue()));
            }
        }
        OptionalLong statutory = snapshot.get(EntityRef.chamber(chamber))
                .map(c -> published(c, STATUTORY, today)).orElse(OptionalLong.empty());
        seatsTotal.forEach((election, total) -> {
            if (statutory.isPresent() && total > statutory.getAsLong()) {
                findings.add(Finding.error(totals.get(election), "seats_total", "stewardship.check.seats-over-statutory",
                        total, statutory.getAsLong()));
            }
        });
    }

    static Optional<String> present(FactValue value) {
        return value instanceof FactValue.Present p ? Optional.of(p.value()) : Optional.empty();
    }

    static OptionalLong number(String value) {
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
