package org.plenum.registry.web;

import org.plenum.registry.EntityRef;

/** Parline's chamber codes: {@code ES-LC01} (lower or single), {@code ES-UC02} (upper); the country before the dash. */
final class ChamberCodes {

    private ChamberCodes() {
    }

    static String country(String chamberCode) {
        return EntityRef.countryOf(chamberCode);
    }

    /** The chamber of an election code: {@code ES-LC01} of {@code ES-LC01-E20231123}. */
    static String ofElection(String electionCode) {
        int e = electionCode.lastIndexOf("-E");
        return e > 0 ? electionCode.substring(0, e) : electionCode;
    }

    static boolean upper(String chamberCode) {
        return chamberCode.contains("-UC");
    }
}
