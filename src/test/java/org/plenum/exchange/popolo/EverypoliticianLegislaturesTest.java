package org.plenum.exchange.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;

/** The hand-made list that gives each EveryPolitician legislature its country. */
class EverypoliticianLegislaturesTest {

    private final EverypoliticianLegislatures list = EverypoliticianLegislatures.bundled();

    @Test
    void theBundledLegislaturesAreListedWithTheirCountryAndWikidataId() {
        assertThat(list.byUuid("841153dd-50d7-4c7c-a2ca-46d1219a1b6a")).hasValueSatisfying(e -> {
            assertThat(e.countryCode()).isEqualTo("LI");
            assertThat(e.wikidata()).isEqualTo("Q1149644");
        });
        assertThat(list.byUuid("3314d9ac-a9c0-4c6b-a715-4a972ccdd703")).hasValueSatisfying(e -> {
            assertThat(e.countryCode()).isEqualTo("ME");
            assertThat(e.wikidata()).isEqualTo("Q1579497");
        });
        assertThat(list.byUuid("Landtag")).isEmpty();
    }

    @Test
    void everyCountryCodeOfTheListIsACountryOfTheReferenceList() {
        Set<String> countries = new HashSet<>();
        for (CsvRow row : CsvFile.parse(ReaderFixtures.bundled("reference", "country-codes.csv")).rows()) {
            countries.add(row.get("ISO3166-1-Alpha-2"));
        }
        for (CsvRow row : CsvFile.parse(resource()).rows()) {
            assertThat(countries).as(row.source()).contains(row.get("country_code"));
        }
    }

    @Test
    void aListThatRepeatsAUuidIsAnError() {
        String text = new String(resource().content(), StandardCharsets.UTF_8);
        String repeated = text + text.lines().skip(1).findFirst().orElseThrow() + "\n";
        assertThatThrownBy(() -> EverypoliticianLegislatures.of(CsvFile.parse(new InputFile("list.csv",
                repeated.getBytes(StandardCharsets.UTF_8))))).hasMessageContaining("is listed twice");
    }

    private static InputFile resource() {
        try (var in = EverypoliticianLegislatures.class.getResourceAsStream("/" + EverypoliticianLegislatures.RESOURCE)) {
            return new InputFile("everypolitician-legislatures.csv", in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
