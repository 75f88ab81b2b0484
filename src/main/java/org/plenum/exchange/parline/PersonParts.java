package org.plenum.exchange.parline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.parline.ParlineNames.Role;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.FieldValues;
import org.plenum.registry.ValidTime;

/**
 * The parts of a person that Parline's flat rows give separately and Plenum keeps as one field: {@code first_name}
 * and {@code family_name} make {@code person_name} ("first family"); {@code dob_year}, {@code dob_month},
 * {@code dob_day} make {@code birth_date} as precise as given ({@code 1961}, {@code 1961-04}, {@code 1961-04-09}).
 */
final class PersonParts {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    private final Map<Role, String> parts = new EnumMap<>(Role.class);

    void put(Role role, Optional<String> value) {
        value.ifPresent(v -> parts.put(role, v));
    }

    void facts(EntityRef person, String source, RejectedRow at, HarvestedData out, FieldCatalogue catalogue) {
        String name = String.join(" ", parts.getOrDefault(Role.GIVEN_NAME, ""), parts.getOrDefault(Role.FAMILY_NAME, "")).trim();
        if (!name.isEmpty() && catalogue.field(person.type(), "person_name").isPresent()) {
            out.add(new FactAssertion(person, "person_name", ValidTime.always(), FactValue.of(name), "", source + "first_name"),
                    new RejectedRow(at.file(), at.row(), "first_name", person + ": a second, different person_name"));
        }
        if (!parts.containsKey(Role.BIRTH_YEAR) || catalogue.field(person.type(), "birth_date").isEmpty()) {
            return;
        }
        StringBuilder date = new StringBuilder();
        for (Role role : new Role[] {Role.BIRTH_YEAR, Role.BIRTH_MONTH, Role.BIRTH_DAY}) {
            String part = parts.get(role);
            if (part == null) {
                break;
            }
            if (!NUMBER.matcher(part).matches()) {
                out.reject(new RejectedRow(at.file(), at.row(), "dob", person + ": '" + part + "' is not a number of a date"));
                return;
            }
            date.append(date.isEmpty() ? "" : "-").append(role == Role.BIRTH_YEAR ? part : String.format("%02d", Integer.parseInt(part)));
        }
        Optional<String> problem = FieldValues.problem(catalogue.field(person.type(), "birth_date").orElseThrow(), date.toString(), catalogue);
        if (problem.isPresent()) {
            out.reject(new RejectedRow(at.file(), at.row(), "dob_year", person + ": " + problem.get()));
            return;
        }
        out.add(new FactAssertion(person, "birth_date", ValidTime.always(), FactValue.of(date.toString()), "", source + "dob_year"),
                new RejectedRow(at.file(), at.row(), "dob_year", person + ": a second, different birth_date"));
    }
}
