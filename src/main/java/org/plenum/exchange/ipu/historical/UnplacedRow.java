package org.plenum.exchange.ipu.historical;

import java.time.LocalDate;
import java.util.List;
import org.plenum.registry.EntityRef;

/**
 * A row of a known country and date whose chamber type names no one chamber ({@code Special},
 * {@code Not available}): its figures are not imported, but it marks the day from which the country's
 * lower or single chamber has no figures (see {@link IpuHistoricalReader}).
 *
 * @param row     the row number, as a spreadsheet shows it
 * @param remarks what the reader says about the row's date (how the month was read), if anything
 */
record UnplacedRow(int row, String countryCode, ChamberType type, LocalDate validFrom, List<String> remarks) {

    UnplacedRow {
        remarks = List.copyOf(remarks);
        if (type.placement() != ChamberType.Placement.NO_ONE_CHAMBER) {
            throw new IllegalArgumentException("a row of chamber type " + type.label() + " is placed in a chamber");
        }
    }

    /** The lower or single chamber whose figures the row interrupts. */
    EntityRef chamber() {
        return EntityRef.chamber(type.chamberCode(countryCode));
    }

    /** The key of the records of that chamber valid from the same day. */
    ChamberRecord.Key key() {
        return new ChamberRecord.Key(chamber().code(), validFrom);
    }
}
