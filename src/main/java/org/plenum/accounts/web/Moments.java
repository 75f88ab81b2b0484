package org.plenum.accounts.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as the account pages show them, in UTC to the minute. */
final class Moments {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Moments() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
