package org.plenum.exchange.ipu.historical;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Chamber Type values Plenum can place: a lower or single chamber is {@code {CC}-LC01}, an upper
 * chamber {@code {CC}-UC02}. The workbook's other types (Temporary Assembly, Constituent Assembly,
 * Council, Special, Single Lower, Not available) have no chamber code and their rows are rejected.
 */
enum ChamberType {
    LOWER("Lower", "LC01", "lower_chamber"),
    UPPER("Upper", "UC02", "upper_chamber"),
    SINGLE("Single", "LC01", "unicameral");

    private final String label;
    private final String codeSuffix;
    private final String structParlStatus;

    ChamberType(String label, String codeSuffix, String structParlStatus) {
        this.label = label;
        this.codeSuffix = codeSuffix;
        this.structParlStatus = structParlStatus;
    }

    /** The type written in the cell, in any case, without surrounding spaces. */
    static Optional<ChamberType> of(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }

    /** The chamber's code in the country with this code, e.g. {@code AL-LC01}. */
    String chamberCode(String countryCode) {
        return countryCode + "-" + codeSuffix;
    }

    /** The term of taxonomy {@code struct_parl_status}. */
    String structParlStatus() {
        return structParlStatus;
    }

    String label() {
        return label;
    }
}
