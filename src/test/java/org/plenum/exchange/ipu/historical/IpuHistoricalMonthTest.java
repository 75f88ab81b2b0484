package org.plenum.exchange.ipu.historical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Month cell as IPU writes it (every spelling here is in the real workbook unless marked synthetic). */
class IpuHistoricalMonthTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            November|11
            'january '|1
            MARCH|3
            ' March'|3
            Janvier|1
            Janauary|1
            Febrruary|2
            Sep|9
            """)
    void oneMonthInAnySpellingListed(String written, int month) {
        MonthCell.ValidFrom from = MonthCell.of(new CellValue.Text(written), 2007);
        assertThat(from.date()).isEqualTo(LocalDate.of(2007, month, 1));
        assertThat(from.remark()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            May- June|2007|2007-06-01|election or renewal in May, figures as of June 2007
            June-- August|2009|2009-08-01|election or renewal in June, figures as of August 2009
            October -november|2007|2007-11-01|election or renewal in October, figures as of November 2007
            'March - March '|2008|2008-03-01|election or renewal in March, figures as of March 2008
            June- March|2008|2008-03-01|election or renewal in June, figures as of March 2008
            Jan Feb|2015|2015-02-01|election or renewal in January, figures as of February 2015
            Dec 2014-Jan 2015|2015|2015-01-01|election or renewal in December 2014, figures as of January 2015
            """)
    void twoMonthsGiveTheMonthOfTheFigures(String written, int year, LocalDate date, String reading) {
        MonthCell.ValidFrom from = MonthCell.of(new CellValue.Text(written), year);
        assertThat(from.date()).isEqualTo(date);
        assertThat(from.remark()).contains("month '" + written.strip() + "' read as: " + reading + " (valid from then)");
    }

    @Test
    void noMonthStartsTheYearAndSaysSo() {
        assertThat(MonthCell.of(new CellValue.Blank(), 1970))
                .isEqualTo(new MonthCell.ValidFrom(LocalDate.of(1970, 1, 1), Optional.of("month not given; valid from the start of the year")));
        assertThat(MonthCell.of(new CellValue.Text("   "), 1970).remark()).contains("month not given; valid from the start of the year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            spring
            May June July
            Dec 2013-Jan 2014
            2015
            13
            """)
    void unreadableMonthsStartTheYearAndQuoteTheCell(String written) { // synthetic spellings
        MonthCell.ValidFrom from = MonthCell.of(new CellValue.Text(written), 2015);
        assertThat(from.date()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(from.remark()).contains("month '" + written + "' not readable; valid from the start of the year");
    }

    @Test
    void aNumberIsNotAMonth() { // synthetic
        assertThat(MonthCell.of(new CellValue.Number(5), 2015).remark()).contains("month 5 not readable; valid from the start of the year");
    }
}
