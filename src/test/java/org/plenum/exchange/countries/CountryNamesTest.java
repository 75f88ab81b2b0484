package org.plenum.exchange.countries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    private final CountryNames names = CountryNames.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bolivia (Plurinational State of)|BO
            Gambia (The)|GM
            Türkiye|TR
            Turkey|TR
            Côte d'Ivoire|CI
            Cote d'Ivoire|CI
            Côte d’Ivoire|CI
            Micronesia (Federated States of)|FM
            Iran (Islamic Republic Of)|IR
            'Haiti                   '|HT
            Viet Nam|VN
            United Kingdom|GB
            Democratic People's Republic of Korea|KP
            Republic of Korea|KR
            Libyan Arab Jamahiriya|LY
            The Former Yugoslav Republic of Macedonia|MK
            """)
    void matchesIpuAndOtherSpellings(String name, String code) {
        assertThat(names.code(name)).contains(code);
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertThat(names.code("Atlantis")).isEmpty();
        assertThat(names.code("Bolivia (Plurinational")).isEmpty();
    }
}
