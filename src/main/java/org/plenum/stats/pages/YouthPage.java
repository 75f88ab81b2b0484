package org.plenum.stats.pages;

import java.time.YearMonth;
import java.util.List;
import org.plenum.stats.MonthRange;
import org.plenum.stats.youth.AgeAggregate;
import org.plenum.stats.youth.ChamberAges;

/**
 * The youth page of one month: per chamber with age figures on the month's first day, the shares of members aged
 * 30, 40 and 45 or under and the mean age, and the figures of all those chambers together.
 *
 * @param rows chambers with figures, by country name
 */
public record YouthPage(YearMonth month, MonthRange months, List<Row> rows, AgeAggregate aggregate) {

    /** A chamber's figures with the names to show. */
    public record Row(ChamberAges ages, String countryCode, String countryEnglish, String countryFrench, String chamberEnglish,
               String chamberFrench) {
    }
}
