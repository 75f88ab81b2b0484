package org.plenum.stats.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenum.web.ApiException;
import org.springframework.http.HttpStatus;

class ReportParametersTest {

    @Test
    void theFirstDayOfTheMonthAndAnOptionalChamber() {
        assertThat(ReportParameters.parse(query("year=2017&month=6"))).isEqualTo(
                new ReportParameters(LocalDate.of(2017, 6, 1), Optional.empty()));
        assertThat(ReportParameters.parse(query("year=2017&month=12&chamber=SUHH-LC01")).chamber()).contains("SUHH-LC01");
        // without year and month, as on Parline: the current month
        assertThat(ReportParameters.parse(query("chamber=LI-LC01")).date())
                .isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            month=6                            | year    | missing_parameter
            year=2017                          | month   | missing_parameter
            year=2017&month=13                 | month   | out_of_range
            year=2017&month=0                  | month   | out_of_range
            year=17x&month=1                   | year    | not_a_number
            year=2017&month=-1                 | month   | not_a_number
            year=2017&month=1&chamber=li-lc01  | chamber | invalid_chamber_code
            year=2017&month=1&year=2018        | year    | repeated_parameter
            year=2017&month=1&as_of=2017-01-01 | as_of   | unknown_parameter
            """)
    void badParametersAreNamed(String query, String parameter, String code) {
        assertThatThrownBy(() -> ReportParameters.parse(query(query))).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.detail()).isNotBlank();
        });
    }

    private static Map<String, String[]> query(String query) {
        Map<String, String[]> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String[] old = parameters.get(kv[0]);
            if (old == null) {
                parameters.put(kv[0], new String[] {kv[1]});
            } else {
                String[] more = Arrays.copyOf(old, old.length + 1);
                more[old.length] = kv[1];
                parameters.put(kv[0], more);
            }
        }
        return parameters;
    }
}
