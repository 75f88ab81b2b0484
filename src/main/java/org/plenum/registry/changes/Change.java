package org.plenum.registry.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;

/**
 * One published change: a fact as Plenum recorded it, with the value it replaced (decision 0047).
 *
 * @param id          the fact's number: changes are in this order, the order Plenum recorded them
 * @param publication the data publication that published it
 * @param entity      the entity the fact is about
 * @param country     the country the entity belongs to (itself, or its parliament's, chamber's, election's country);
 *                    empty for an entity of no country (a person)
 * @param field       the field (catalogue id)
 * @param kind        what the change did
 * @param previous    the value it replaced: for a {@link Kind#CORRECTION} the fact it superseded (same entity, field
 *                    and start of valid time); for an {@link Kind#UPDATE} the value in force before it, that is the
 *                    fact published before it whose valid time starts latest before this one's; empty for an
 *                    {@link Kind#ADDITION}
 * @param value       the new value (or its documented absence)
 * @param validFrom   start of valid time (empty: since always)
 * @param validTo     end of valid time (empty: until the next value starts)
 * @param annotation  the fact's note (may be empty)
 * @param source      where the value comes from (file and row, URL, submission)
 * @param recordedAt  record time: since when Plenum has known it
 * @param supersededAt when a later correction superseded this fact, if one has
 */
public record Change(long id, long publication, EntityRef entity, Optional<String> country, String field, Kind kind,
                     Optional<Previous> previous, FactValue value, Optional<LocalDate> validFrom,
                     Optional<LocalDate> validTo, String annotation, String source, Instant recordedAt,
                     Optional<Instant> supersededAt) {

    /** What a change did to the field's history. */
    public enum Kind {
        /** A first value: nothing had been published for the entity and field before its start of valid time. */
        ADDITION("addition"),
        /** A value from a new date: it follows the value in force before it. */
        UPDATE("update"),
        /** A correction: it supersedes the value published for the same entity, field and start of valid time. */
        CORRECTION("correction");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name in the API and the payloads. */
        public String id() {
            return id;
        }
    }

    /**
     * The value a change replaced.
     *
     * @param factId    the earlier fact's number
     * @param value     its value (or documented absence)
     * @param validFrom its start of valid time
     * @param source    its source
     */
    public record Previous(long factId, FactValue value, Optional<LocalDate> validFrom, String source) {
    }

    /** The text of a value as the API gives it: the canonical text, or empty for a documented absence. */
    public static Optional<String> text(FactValue value) {
        return value instanceof FactValue.Present present ? Optional.of(present.value()) : Optional.empty();
    }

    /** The reason of a documented absence, or empty for a value. */
    public static Optional<String> missingReason(FactValue value) {
        return value instanceof FactValue.Missing missing ? Optional.of(missing.reason()) : Optional.empty();
    }
}
