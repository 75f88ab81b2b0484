package org.plenum.registry.web;

/** Parline's chamber codes: {@code ES-LC01} (lower or single), {@code ES-UC02} (upper); the country before the dash. */
final class ChamberCodes {

    private ChamberCodes() {
    }

    static String country(String chamberCode) {
        int dash = chamberCode.indexOf('-');
        return dash > 0 ? chamberCode.substring(0, dash) : chamberCode;
    }

    static boolean upper(String chamberCode) {
        return chamberCode.contains("-UC");
    }
}
