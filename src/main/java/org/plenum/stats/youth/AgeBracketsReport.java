package org.plenum.stats.youth;

import java.time.LocalDate;
import java.util.List;

/** The youth figures on one date: one row per chamber with data, by chamber code, and their aggregate. */
public record AgeBracketsReport(LocalDate date, List<ChamberAges> chambers, AgeAggregate aggregate) {
    public AgeBracketsReport {
        chambers = List.copyOf(chambers);
    }
}
