package org.plenum.stats;

/** A report that cannot be made as asked, e.g. a year without a known reference date. The message says why. */
public class SdgUnavailableException extends RuntimeException {

    public SdgUnavailableException(String message) {
        super(message);
    }
}
