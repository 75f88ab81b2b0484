package org.plenum.exchange.ipu.historical;

import org.apache.poi.ss.util.CellReference;

/** The ten columns of IPU's historical workbook, in their order, with their headers as IPU wrote them. */
enum Column {
    COUNTRY("Country"),
    REGION("Region"),
    ELECTION_OR_RENEWAL("Election / Renewal"),
    YEAR("Year"),
    MONTH("Month"),
    CHAMBER_TYPE("Chamber Type"),
    SEATS("Chamber Total Seats"),
    WOMEN("Total women"),
    WOMEN_PERCENT("% Of Women in Chamber"),
    NOTES("NOTES");

    private final String header;

    Column(String header) {
        this.header = header;
    }

    /** The header as IPU wrote it; also the column named in rejected rows. */
    String header() {
        return header;
    }

    /** The column letter, as a spreadsheet shows it (A for the first). */
    String letter() {
        return CellReference.convertNumToColString(ordinal());
    }
}
