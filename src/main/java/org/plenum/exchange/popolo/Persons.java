package org.plenum.exchange.popolo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;
import tools.jackson.databind.JsonNode;

/**
 * The persons of a Popolo file: each becomes a {@link EntityType#PERSON} with the code {@code EP-<uuid>} and no
 * parent, and the facts {@code person_name}, {@code gender}, {@code birth_date} and {@code death_date}, valid
 * always, each with the source {@code <file> /persons/<i>}.
 *
 * <p>An absent, {@code null} or blank gender or date gives no fact. A person without an id, whose id is not a
 * uuid (EveryPolitician's ids are), or whose id another person also uses, is rejected whole, and so are its
 * memberships. A bad value rejects the person whole too, with its memberships (docs/decisions/0028): a missing name; a
 * gender other than {@code female}, {@code male} or {@code other}; a death date before the birth date (both dates are
 * named then: Plenum cannot tell which is wrong); a birth or death date that is not {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}, or is after today. Never a person half imported (a death date kept without its birth date).
 */
final class Persons {

    static final String CODE_PREFIX = "EP-";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> GENDERS = Set.of("female", "male", "other");

    /** What the memberships need to know of a person. */
    record Person(String id, String pointer, EntityRef ref, Optional<PartialDate> birth, Optional<PartialDate> death) {
    }

    private Persons() {
    }

    static IdIndex<Person> read(JsonDocument doc, LocalDate today, ReaderOutput out) {
        IdIndex<Person> persons = new IdIndex<>("person");
        JsonNode list = doc.root().get("persons");
        Map<String, List<String>> repeated = Ids.repeated(list, "/persons");
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/persons/" + i;
            JsonNode person = list.get(i);
            if (!person.isObject()) {
                out.reject(doc.reject(pointer, "a person must be a JSON object, not " + person));
                continue;
            }
            Optional<String> id = JsonDocument.text(person, "id");
            if (id.isEmpty() || id.get().isBlank()) {
                out.reject(doc.reject(pointer + "/id", JsonDocument.textProblem(person, "id").orElse("the person has no id")));
                continue;
            }
            if (!UUID.matcher(id.get()).matches()) {
                String reason = "the id '" + id.get() + "' is not a uuid (EveryPolitician's person ids are; the person's code "
                        + "would be " + CODE_PREFIX + "<uuid>)";
                out.reject(doc.reject(pointer + "/id", reason));
                persons.refuse(id.get(), "its id is not a uuid");
                continue;
            }
            if (repeated.containsKey(id.get())) {
                out.reject(doc.reject(pointer + "/id", Ids.repeatedReason(id.get(), repeated.get(id.get()), pointer)));
                persons.refuse(id.get(), "its id is used by " + String.join(" and ", repeated.get(id.get())));
                continue;
            }
            int rejectedBefore = out.rejected().size();
            Optional<PartialDate> birth = date(doc, person, pointer, "birth_date", today, out);
            Optional<PartialDate> death = date(doc, person, pointer, "death_date", today, out);
            Optional<String> name = JsonDocument.text(person, "name").map(String::strip).filter(s -> !s.isEmpty());
            if (name.isEmpty()) {
                out.reject(doc.reject(pointer + "/name", JsonDocument.textProblem(person, "name").orElse("the person has no name")));
            }
            Optional<String> gender = gender(doc, person, pointer, out);
            if (birth.isPresent() && death.isPresent() && death.get().last().isBefore(birth.get().first())) {
                String reason = "the death date (" + death.get() + ") is before the birth date (" + birth.get()
                        + "); Plenum cannot tell which is wrong and imports neither";
                out.reject(doc.reject(pointer + "/birth_date", reason));
                out.reject(doc.reject(pointer + "/death_date", reason));
            }
            if (out.rejected().size() > rejectedBefore) {
                // a person with a value that cannot be read is not imported in part (a death date without the birth
                // date, say): the whole person and its memberships wait for a corrected file (docs/decisions/0028)
                out.reject(doc.reject(pointer, "the person is rejected whole, with its memberships, because of its"
                        + " rejected value; nothing of it is imported"));
                persons.refuse(id.get(), "a value of the person is rejected");
                continue;
            }
            EntityRef ref = new EntityRef(EntityType.PERSON, CODE_PREFIX + id.get());
            out.declare(EntityDeclaration.of(ref));
            String source = doc.source(pointer);
            out.fact(ref, "person_name", ValidTime.always(), FactValue.of(name.orElseThrow()), source);
            // Popolo's given_name and family_name, where the file records them apart from the full name; never split
            // from the full name (a guess on names such as "Rehak Thomas", family name first)
            for (String[] part : new String[][] {{"given_name", "first_name"}, {"family_name", "family_name"}}) {
                JsonDocument.text(person, part[0]).map(String::strip).filter(s -> !s.isEmpty())
                        .ifPresent(v -> out.fact(ref, part[1], ValidTime.always(), FactValue.of(v), source));
            }
            gender.ifPresent(g -> out.fact(ref, "gender", ValidTime.always(), FactValue.of(g), source));
            birth.ifPresent(b -> out.fact(ref, "birth_date", ValidTime.always(), FactValue.of(b.text()), source));
            death.ifPresent(d -> out.fact(ref, "death_date", ValidTime.always(), FactValue.of(d.text()), source));
            persons.accept(id.get(), new Person(id.get(), pointer, ref, birth, death));
        }
        return persons;
    }

    private static Optional<String> gender(JsonDocument doc, JsonNode person, String pointer, ReaderOutput out) {
        JsonNode value = person.get("gender");
        if (value == null || value.isNull() || value.isString() && value.stringValue().isBlank()) {
            return Optional.empty();
        }
        if (value.isString() && GENDERS.contains(value.stringValue())) {
            return Optional.of(value.stringValue());
        }
        out.reject(doc.reject(pointer + "/gender", "gender " + value + " is not one of female, male, other"));
        return Optional.empty();
    }

    private static Optional<PartialDate> date(JsonDocument doc, JsonNode person, String pointer, String member,
                                              LocalDate today, ReaderOutput out) {
        JsonNode value = person.get(member);
        if (value == null || value.isNull() || value.isString() && value.stringValue().isBlank()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = value.isString() ? PartialDate.parse(value.stringValue()) : Optional.empty();
        if (date.isEmpty()) {
            out.reject(doc.reject(pointer + "/" + member, member + " " + value + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
            return Optional.empty();
        }
        if (date.get().first().isAfter(today)) {
            out.reject(doc.reject(pointer + "/" + member, member + " " + date.get() + " is in the future (today is " + today + ")"));
            return Optional.empty();
        }
        return date;
    }
}
