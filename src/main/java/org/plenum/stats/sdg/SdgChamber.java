package org.plenum.stats.sdg;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.stats.SdgSeries;

/** A chamber as the SDG series see it on the reference date: its country, whether lower or upper, its composition. */
record SdgChamber(EntityRecord chamber, EntityRecord country, SdgSeries.Chamber kind, Composition composition,
                  List<String> notes) {

    SdgChamber {
        notes = List.copyOf(notes);
    }

    String code() {
        return chamber.code();
    }

    /** Members and women on the reference date, or why they are not known. */
    sealed interface Composition {
        List<String> sources();
    }

    /**
     * @param statedOn when a source last stated the counts (the later of the two)
     */
    record Counted(long members, long women, LocalDate statedOn, List<String> sources) implements Composition {
        Counted {
            sources = List.copyOf(sources);
        }
    }

    record Unknown(String reason, List<String> sources) implements Composition {
        Unknown {
            sources = List.copyOf(sources);
        }
    }

    Optional<Counted> counted() {
        return composition instanceof Counted c ? Optional.of(c) : Optional.empty();
    }
}
