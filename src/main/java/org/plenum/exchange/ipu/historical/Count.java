package org.plenum.exchange.ipu.historical;

import java.util.Optional;
import org.plenum.registry.FactValue;

/**
 * A count of seats or of women as the reader will record it: a known number, or unknown with the
 * remark that explains why (the annotation of a {@link FactValue.Missing} fact).
 */
sealed interface Count {

    record Known(long value) implements Count {
    }

    record Unknown(String remark) implements Count {
    }

    /**
     * The cell's count when it is a clean non-negative whole number: a number cell with no fraction, or
     * a text of digits only (numbers stored as text), without surrounding spaces. Anything else
     * ({@code ?}, {@code na}, {@code Not available}, {@code 7 5}, {@code 12 13 10???}, empty) is not a
     * count.
     */
    static Optional<Long> parse(CellValue cell) {
        return cell.wholeNumber().filter(value -> value >= 0);
    }

    default FactValue factValue() {
        return this instanceof Known known ? FactValue.of(known.value()) : FactValue.missing(FactValue.NO_INFORMATION);
    }

    default Optional<String> unknownRemark() {
        return this instanceof Unknown unknown ? Optional.of(unknown.remark()) : Optional.empty();
    }
}
