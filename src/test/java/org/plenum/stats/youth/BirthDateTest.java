package org.plenum.stats.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", textBlock = """
            1971-01-21, 2017-06-01, 46
            1971-06-01, 2017-06-01, 46
            1971-06-02, 2017-06-01, 45
            1972-02-29, 2018-02-28, 45
            1972-02-29, 2018-03-01, 46
            1971,       2017-06-01, none
            1971,       2017-12-31, 46
            1971-05,    2017-06-01, 46
            1971-06,    2017-06-01, none
            1971-06,    2017-06-30, 46
            2018-01-01, 2017-06-01, none
            """)
    void theAgeInWholeYearsOnlyWhenTheDateFixesIt(String birth, LocalDate on, Integer age) {
        assertThat(BirthDate.parse(birth).orElseThrow().ageOn(on)).isEqualTo(age == null ? OptionalInt.empty() : OptionalInt.of(age));
    }

    @ParameterizedTest
    @CsvSource({"1971-13", "71", "1971-02-30", "1971-1-1"})
    void notADate(String value) {
        assertThat(BirthDate.parse(value)).isEmpty();
    }
}
