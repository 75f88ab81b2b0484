package org.plenum.stewardship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.plenum.registry.EntityRef;

/**
 * One change a correspondent states: the new value of a field of an entity (a chamber's field, or an election's or
 * election result's for a whole election's results), from the date it took effect, with its source.
 *
 * @param parent    the entity's parent, when the item declares a new entity (an election under its chamber, a
 *                  result under its election); empty for an existing entity
 * @param validFrom the date the value took effect; empty for the facts of an election, which hold for always
 * @param value     the value in its canonical text form (see {@link org.plenum.registry.FactValue})
 * @param note      the correspondent's note, which confirms a warning of the checks (empty when none)
 */
public record ItemDraft(EntityRef entity, Optional<EntityRef> parent, String field, Optional<LocalDate> validFrom,
                        String value, SourceReference source, String note) {

    public ItemDraft {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(validFrom, "validFrom");
        value = Objects.requireNonNull(value, "value").strip();
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNull(note, "note").strip();
    }

    /** A chamber's field from a date. */
    public static ItemDraft chamber(String chamber, String field, LocalDate from, String value, SourceReference source,
                                    String note) {
        return new ItemDraft(EntityRef.chamber(chamber), Optional.empty(), field, Optional.of(from), value, source, note);
    }
}
