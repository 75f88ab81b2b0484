package org.plenum.exchange.ipu.historical;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The countries in IPU's historical workbook that no longer exist, by their code (ISO 3166-3, see
 * {@code exchange/country-aliases.csv}), with their names in English (as IPU writes them) and in
 * French. A former country is still a country of its time: the reader declares it and gives it
 * {@code country_name} and {@code is_former_country}. Countries that continued under the same code
 * (West Germany as DE, North Yemen as YE) are not former countries here.
 *
 * <p>South Viet Nam has no ISO 3166-3 code: ISO 3166 gave it VN in 1974 and, when the country was
 * unified, kept VN for unified Viet Nam (North Viet Nam's VD became VDVN). Mapping it to VN would join
 * the Republic of Viet Nam's chambers (including an upper chamber) to those of today's Viet Nam, which
 * continue North Viet Nam's National Assembly. Plenum gives it {@code VNVN}, built by the ISO 3166-3
 * rule (former alpha-2 code + successor's alpha-2 code), which ISO itself cannot ever assign: a
 * 3166-3 code is made only when its first two letters are withdrawn, and then they cannot also name
 * the successor. (A form such as {@code VNSV} would read, by that rule, as "VN became El Salvador".)
 *
 * <p>Yugoslavia: ISO kept YU for the Federal Republic of Yugoslavia (1992-2003) and then withdrew it
 * as YUCS; both Yugoslavias of the workbook are therefore {@code YUCS}, one country entity named
 * "Yugoslavia", whose chambers' facts follow each other in time.
 *
 * <p>Each has the day it ceased to exist, from which {@code is_former_country} is true (false before):
 * without it, the last figures of its chambers would seem to hold on for ever (a fact lasts until the next
 * one starts), and the USSR would be ranked beside the Russian Federation today. The days: USSR 26 December
 * 1991 (the Soviet of the Republics dissolved the Union); Czechoslovakia 1 January 1993 (dissolution);
 * German Democratic Republic 3 October 1990 (German reunification); Yugoslavia 4 February 2003 (the
 * Federal Republic became the State Union of Serbia and Montenegro); Serbia and Montenegro 3 June 2006
 * (Montenegro's declaration of independence ended the State Union); North Viet Nam 2 July 1976
 * (reunification as the Socialist Republic of Viet Nam); South Viet Nam 30 April 1975 (fall of Saigon: the
 * Republic of Viet Nam ceased to exist); South Yemen 22 May 1990 (Yemeni unification).
 */
final class FormerCountries {

    /**
     * @param ceased the first day on which the country no longer existed
     */
    record Names(String english, String french, LocalDate ceased) {
    }

    private static final Map<String, Names> BY_CODE = Map.of(
            "SUHH", new Names("USSR", "URSS", LocalDate.of(1991, 12, 26)),
            "CSHH", new Names("Czechoslovakia", "Tchécoslovaquie", LocalDate.of(1993, 1, 1)),
            "DDDE", new Names("Germany (Democratic Republic)", "Allemagne (République démocratique)", LocalDate.of(1990, 10, 3)),
            "YUCS", new Names("Yugoslavia", "Yougoslavie", LocalDate.of(2003, 2, 4)),
            "CSXX", new Names("Serbia and Montenegro", "Serbie-et-Monténégro", LocalDate.of(2006, 6, 3)),
            "VDVN", new Names("Viet Nam North (Democratic Republic of)", "Viet Nam du Nord (République démocratique du)",
                    LocalDate.of(1976, 7, 2)),
            "VNVN", new Names("Viet Nam South (Republic of)", "Viet Nam du Sud (République du)", LocalDate.of(1975, 4, 30)),
            "YDYE", new Names("Yemen South (People's Democratic Republic)",
                    "Yémen du Sud (République démocratique populaire du)", LocalDate.of(1990, 5, 22)));

    private FormerCountries() {
    }

    static Optional<Names> names(String countryCode) {
        return Optional.ofNullable(BY_CODE.get(countryCode));
    }
}
