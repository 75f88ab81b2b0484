package org.plenum.exchange.parline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.parline.ParlineNames.Role;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.ValidTime;
import tools.jackson.databind.JsonNode;

/**
 * Maps one record of a Parline collection to an entity and its facts. Both of Parline's shapes are read: wrapped
 * JSON:API resources ({@code {id, type, attributes, relationships}}, every attribute a single value
 * {@code {value, missing_reason, annotation}} or a series of {@code {value, date_from, date_to, missing_reason,
 * annotation}}) and flat rows (political parties, people: bare values). A series entry becomes a fact with its valid
 * time; a single value, which carries no dates, a fact valid always (a later different value supersedes it, and
 * {@code known_at} still shows the earlier one). The source of each fact is the page's URL with the JSON pointer of
 * the value as its fragment.
 */
final class RecordMapper {

    /** The parent each collection's records belong to, as Plenum's registry declares them. */
    private static final Map<EntityType, EntityType> PARENTS = new EnumMap<>(Map.of(
            EntityType.PARLIAMENT, EntityType.COUNTRY,
            EntityType.CHAMBER, EntityType.PARLIAMENT,
            EntityType.ELECTION, EntityType.CHAMBER,
            EntityType.ELECTION_RESULT, EntityType.ELECTION,
            EntityType.POLITICAL_PARTY, EntityType.COUNTRY,
            EntityType.SPECIALIZED_BODY, EntityType.CHAMBER));
    /** Collections whose records need not name a parent. */
    private static final List<EntityType> PARENT_OPTIONAL = List.of(EntityType.SPECIALIZED_BODY);

    private final FieldCatalogue catalogue;
    private final ParlineNames names;
    private final ParlineValues values;

    RecordMapper(FieldCatalogue catalogue, ParlineNames names, ParlineValues values) {
        this.catalogue = catalogue;
        this.names = names;
        this.values = values;
    }

    /**
     * @param url     the page the record was read from
     * @param index   the record's 0-based position in the page's {@code data}
     * @param known   whether an entity exists in Plenum already (a parent need not be in the same harvest)
     */
    void map(EntityType type, JsonNode record, String url, int index, Predicate<EntityRef> known, HarvestedData out) {
        out.countRecord();
        String resource = type.resource();
        boolean wrapped = record.path("attributes").isObject();
        JsonNode attributes = wrapped ? record.get("attributes") : record;
        String pointer = "/data/" + index + (wrapped ? "/attributes/" : "/");
        RejectedRow whole = new RejectedRow(url, index + 1, "", "");

        Optional<String> code = code(resource, record, attributes);
        if (code.isEmpty()) {
            out.reject(reject(whole, "", type.id() + " record without a code (neither id nor "
                    + String.join(", ", names.namesWithRole(resource, Role.ID)) + ")"));
            return;
        }
        EntityRef entity = new EntityRef(type, code.get());
        Optional<EntityRef> parent = parent(type, record, attributes);
        EntityType parentType = PARENTS.get(type);
        if (parentType != null && parent.isEmpty() && !PARENT_OPTIONAL.contains(type)) {
            out.reject(reject(whole, "", entity + ": the record names no " + parentType.id() + " ("
                    + String.join(", ", names.namesWithRole(resource, Role.PARENT)) + ")"));
            return;
        }
        if (parent.isPresent() && !out.declares(parent.get()) && !known.test(parent.get())) {
            out.reject(reject(whole, "", entity + ": its " + parent.get() + " is neither in the source's "
                    + parent.get().type().resource() + " nor in Plenum"));
            return;
        }
        out.declare(new EntityDeclaration(entity, parent));

        PersonParts person = new PersonParts();
        for (var attribute : attributes.properties()) {
            String name = attribute.getKey();
            JsonNode node = attribute.getValue();
            if (!wrapped && (name.equals("id") || name.equals("type") || name.equals("links"))) {
                continue;
            }
            Optional<ParlineNames.Name> listed = names.name(resource, name);
            Role role = listed.map(ParlineNames.Name::role).orElse(Role.FIELD);
            String fieldId = listed.map(ParlineNames.Name::plenumName).filter(n -> !n.isEmpty()).orElse(name);
            switch (role) {
                case ID -> {
                    continue;
                }
                case PARENT -> {
                    if (catalogue.field(type, name).isEmpty()) {
                        continue;
                    }
                }
                case COMPUTED -> {
                    out.countComputed(resource, name);
                    continue;
                }
                case SEATS_PER_PARTIES -> {
                    seatsPerParties(entity, node, url, index, url + "#" + pointer + name, out);
                    continue;
                }
                case GIVEN_NAME, FAMILY_NAME, BIRTH_YEAR, BIRTH_MONTH, BIRTH_DAY -> {
                    if (!attributes.has(fieldId)) {
                        person.put(role, scalar(node));
                    }
                    if (catalogue.field(type, name).isEmpty()) {
                        continue;
                    }
                    // first_name and family_name are Plenum's fields too: kept as they are, besides person_name
                    fieldId = name;
                }
                case FIELD -> {
                    if (!fieldId.equals(name) && attributes.has(fieldId)) {
                        // The record carries Plenum's own name for the field too (a Plenum serving Parline's names
                        // beside its own): that one is read.
                        continue;
                    }
                }
            }
            Optional<Field> field = catalogue.field(type, fieldId);
            if (field.isEmpty()) {
                out.countUnknown(resource, name);
                continue;
            }
            RejectedRow at = new RejectedRow(url, index + 1, name, "");
            String source = url + "#" + pointer + name;
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    entry(entity, field.get(), node.get(i), source + "/" + i, at, out);
                }
            } else if (node.isObject() && (wrapped || node.has("missing_reason") || node.has("date_from"))) {
                if (node.has("date_from") || node.has("date_to")) {
                    entry(entity, field.get(), node, source, at, out);
                } else {
                    single(entity, field.get(), node.path("value"), node.path("missing_reason"), node.path("annotation"),
                            ValidTime.always(), source, at, out);
                }
            } else {
                single(entity, field.get(), node, missingNode(), missingNode(), ValidTime.always(), source, at, out);
            }
        }
        person.facts(entity, url + "#" + pointer, whole, out, catalogue);
    }

    /**
     * Parline's {@code seats_per_parties} of an election ({@code [{party, total_number_of_seats, vote_breakdown, votes,
     * vote_share}]}, as a single value or the latest entry of a series) as Plenum's election results
     * {@code {election}-{party}}, each with its {@code election_code}, {@code political_party} and, where the entry
     * gives them, {@code seats}, {@code votes} and {@code vote_share}. An entry without seats ({@code null}: not known)
     * is a result all the same, without a {@code seats} fact; an entry without a party code is rejected, and a value
     * that is not a number is rejected alone. Written to {@link HarvestedData#seatsPerParties()}: the harvest keeps
     * them only if the source has no {@code /election_results} collection.
     */
    private void seatsPerParties(EntityRef election, JsonNode node, String url, int index, String source, HarvestedData all) {
        HarvestedData out = all.seatsPerParties();
        JsonNode wrapper = node.isArray() ? node.path(node.size() - 1) : node;
        JsonNode parties = wrapper.isObject() && wrapper.has("value") ? wrapper.get("value") : wrapper;
        if (parties.isMissingNode() || parties.isNull()) {
            return;
        }
        if (!parties.isArray()) {
            out.reject(new RejectedRow(url, index + 1, "seats_per_parties", election + ": not a list of {party, total_number_of_seats}"));
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            JsonNode party = parties.get(i);
            Optional<String> code = party.isObject() ? text(party.path("party")) : Optional.empty();
            if (code.isEmpty() || !code.get().matches("[A-Za-z0-9._-]+")) {
                out.reject(new RejectedRow(url, index + 1, "seats_per_parties", election + ": entry " + i + " " + party
                        + " has no party code"));
                continue;
            }
            EntityRef result = new EntityRef(EntityType.ELECTION_RESULT, election.code() + "-" + code.get());
            out.declare(new EntityDeclaration(result, Optional.of(election)));
            String at = source + "/" + i;
            RejectedRow conflict = new RejectedRow(url, index + 1, "seats_per_parties", result + ": a second, different value");
            out.add(new FactAssertion(result, "election_code", ValidTime.always(), FactValue.of(election.code()), "", at), conflict);
            out.add(new FactAssertion(result, "political_party", ValidTime.always(), FactValue.of(code.get()), "", at + "/party"), conflict);
            for (String[] name : new String[][] {{"total_number_of_seats", "seats"}, {"votes", "votes"}, {"vote_share", "vote_share"}}) {
                JsonNode value = party.path(name[0]);
                Optional<Field> field = catalogue.field(EntityType.ELECTION_RESULT, name[1]);
                if (value.isMissingNode() || value.isNull() || field.isEmpty()) {
                    continue;
                }
                RejectedRow here = new RejectedRow(url, index + 1, "seats_per_parties", "");
                single(result, field.get(), value, missingNode(), missingNode(), ValidTime.always(), at + "/" + name[0], here, out);
            }
        }
    }

    private void entry(EntityRef entity, Field field, JsonNode entry, String source, RejectedRow at, HarvestedData out) {
        if (!entry.isObject()) {
            out.reject(reject(at, field.id(), entity + ": a series entry is not an object {value, date_from, date_to, ...}"));
            return;
        }
        Optional<LocalDate> from;
        Optional<LocalDate> to;
        try {
            from = day(entry.path("date_from"));
            to = day(entry.path("date_to"));
        } catch (DateTimeException e) {
            out.reject(reject(at, field.id(), entity + ": date_from/date_to " + entry.path("date_from") + "/" + entry.path("date_to")
                    + " is not a date YYYY-MM-DD"));
            return;
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            out.reject(reject(at, field.id(), entity + ": date_to " + to.get() + " is before date_from " + from.get()));
            return;
        }
        single(entity, field, entry.path("value"), entry.path("missing_reason"), entry.path("annotation"),
                new ValidTime(from, to), source, at, out);
    }

    private void single(EntityRef entity, Field field, JsonNode value, JsonNode missingReason, JsonNode annotation,
                        ValidTime validTime, String source, RejectedRow at, HarvestedData out) {
        FactValue factValue;
        if (value.isMissingNode() || value.isNull()) {
            Optional<String> reason = text(missingReason);
            if (reason.isEmpty()) {
                return;
            }
            factValue = FactValue.missing(reason.get());
        } else {
            ParlineValues.Converted converted = values.convert(field, value);
            if (converted instanceof ParlineValues.Converted.Wrong wrong) {
                out.reject(reject(at, field.id(), entity + ": " + wrong.reason()));
                return;
            }
            factValue = FactValue.of(((ParlineValues.Converted.Value) converted).text());
        }
        FactAssertion fact = new FactAssertion(entity, field.id(), validTime, factValue, text(annotation).orElse(""), source);
        out.add(fact, reject(at, field.id(), entity + ": a second, different value of " + field.id() + " from "
                + validTime.from().map(Object::toString).orElse("always")));
    }

    private Optional<String> code(String resource, JsonNode record, JsonNode attributes) {
        for (String name : names.namesWithRole(resource, Role.ID)) {
            Optional<String> code = scalar(attributes.path(name));
            if (code.isPresent()) {
                return code;
            }
        }
        return scalar(record.path("id"));
    }

    private Optional<EntityRef> parent(EntityType type, JsonNode record, JsonNode attributes) {
        EntityType parentType = PARENTS.get(type);
        if (parentType == null) {
            return Optional.empty();
        }
        Optional<String> code = scalar(record.path("relationships").path(parentType.id()).path("data").path("id"));
        for (String name : names.namesWithRole(type.resource(), Role.PARENT)) {
            if (code.isPresent()) {
                break;
            }
            code = scalar(attributes.path(name));
        }
        return code.map(c -> new EntityRef(parentType, c));
    }

    /** A bare or wrapped scalar ({@code "ES"}, {@code {"value": "ES"}}, a series' latest entry) as text. */
    static Optional<String> scalar(JsonNode node) {
        if (node.isArray()) {
            return node.isEmpty() ? Optional.empty() : scalar(node.get(node.size() - 1));
        }
        if (node.isObject()) {
            if (node.has("value")) {
                return scalar(node.get("value"));
            }
            if (node.has("term")) {
                return scalar(node.get("term"));
            }
            return Optional.empty();
        }
        return text(node);
    }

    private static Optional<String> text(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            String text = node.asString().trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (node.isObject() && node.path("en").isString()) {
            return text(node.get("en"));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String text = node.asString().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    }

    private static JsonNode missingNode() {
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private static RejectedRow reject(RejectedRow at, String column, String reason) {
        return new RejectedRow(at.file(), at.row(), column.isEmpty() ? at.column() : column, reason);
    }
}
