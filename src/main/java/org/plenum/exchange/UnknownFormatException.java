package org.plenum.exchange;

import java.util.List;

/** No reader has the requested format name. */
public class UnknownFormatException extends RuntimeException {
    public UnknownFormatException(String format, List<String> known) {
        super("unknown import format '" + format + "'; the formats are: " + String.join(", ", known));
    }
}
