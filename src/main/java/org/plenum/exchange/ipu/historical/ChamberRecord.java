package org.plenum.exchange.ipu.historical;

import java.time.LocalDate;
import java.util.List;
import org.plenum.registry.EntityRef;

/**
 * A row that names a chamber and a date, and what it says about the chamber from that date on.
 *
 * @param row       the row number, as a spreadsheet shows it
 * @param notes     the NOTES cell, without surrounding spaces; empty when none
 * @param type      Lower, Upper or Single, or a legislature of the time recorded as the lower or single
 *                  chamber (see {@link ChamberType})
 * @param remarks   what the reader adds to the annotation about the row (IPU's chamber type for a legislature
 *                  of the time, continuous renewal, month read)
 * @param figures   the row's figures as written (type, seats, women, election or renewal), to tell an
 *                  identical duplicate from a conflicting row
 */
record ChamberRecord(int row, String countryCode, ChamberType type, LocalDate validFrom, String notes,
                     List<String> remarks, Count seats, Count women, String figures) {

    ChamberRecord {
        remarks = List.copyOf(remarks);
    }

    EntityRef chamber() {
        return EntityRef.chamber(type.chamberCode(countryCode));
    }

    /** Whether the row's month was given and read (not valid from the start of the year for want of one). */
    boolean monthGiven() {
        return remarks.stream().noneMatch(r -> r.endsWith("valid from the start of the year"));
    }

    /** Two rows with the same key would state facts of the same chamber from the same day. */
    Key key() {
        return new Key(chamber().code(), validFrom);
    }

    record Key(String chamberCode, LocalDate validFrom) {
    }
}
