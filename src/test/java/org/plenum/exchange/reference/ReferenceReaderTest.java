package org.plenum.exchange.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenum.exchange.ReaderFixtures.bundled;
import static org.plenum.exchange.ReaderFixtures.count;
import static org.plenum.exchange.ReaderFixtures.fact;
import static org.plenum.exchange.ReaderFixtures.facts;
import static org.plenum.exchange.ReaderFixtures.maybeFact;
import static org.plenum.exchange.ReaderFixtures.value;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/** The reference reader on the real bundled files (dataset/reference). */
class ReferenceReaderTest {

    private final ReferenceReader reader = new ReferenceReader();

    private ParsedFile read(String... names) {
        return reader.read(java.util.Arrays.stream(names).map(n -> bundled("reference", n)).toList());
    }

    @Test
    void formatName() {
        assertThat(reader.format()).isEqualTo("reference");
    }

    @Test
    void countryCodes() {
        ParsedFile parsed = read("country-codes.csv");

        // 249 rows, all with an alpha-2 code; 4 facts each (name, alpha-3, numeric, M49), and the 4 former names
        // of exchange/country-renames.csv (CZ, MK, SZ, TR: their names with valid time)
        assertThat(parsed.file()).isEqualTo("country-codes.csv");
        assertThat(parsed.rowsRead()).isEqualTo(249);
        assertThat(parsed.entities()).hasSize(249).allMatch(d -> d.entity().type() == EntityType.COUNTRY
                && d.parent().isEmpty());
        assertThat(parsed.facts()).hasSize(996 + 4);
        assertThat(parsed.rejected()).isEmpty();

        assertThat(value(fact(parsed, EntityType.COUNTRY, "ES", "iso_alpha3_code"))).isEqualTo("ESP");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "ES", "m49_code"))).isEqualTo("724");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "ES", "iso_numeric_code"))).isEqualTo("724");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "ES", "country_name")))
                .isEqualTo("{\"en\":\"Spain\",\"fr\":\"Espagne\"}");
        FactAssertion afghanistan = fact(parsed, EntityType.COUNTRY, "AF", "iso_numeric_code");
        assertThat(value(afghanistan)).isEqualTo("004");
        assertThat(afghanistan.validTime()).isEqualTo(ValidTime.always());
        assertThat(afghanistan.source()).isEqualTo("country-codes.csv row 2");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "AF", "m49_code"))).isEqualTo("004");
        // the English name is IPU's where IPU has one (ipu-regions.csv, bundled copy), the French the UN's
        assertThat(value(fact(parsed, EntityType.COUNTRY, "CI", "country_name")))
                .isEqualTo("{\"en\":\"Côte d'Ivoire\",\"fr\":\"Côte d’Ivoire\"}");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "GM", "country_name")))
                .isEqualTo("{\"en\":\"Gambia (The)\",\"fr\":\"Gambie\"}");
        // Türkiye since 1 June 2022, Turkey before (exchange/country-renames.csv)
        assertThat(facts(parsed, EntityType.COUNTRY, "TR", "country_name")).extracting(ReaderFixtures::value)
                .containsExactly("{\"en\":\"Turkey\",\"fr\":\"Turquie\"}", "{\"en\":\"Türkiye\",\"fr\":\"Türkiye\"}");
        assertThat(fact(parsed, EntityType.COUNTRY, "GM", "country_name").source())
                .matches("country-codes\\.csv row [0-9]+; IPU name: ipu-regions\\.csv row [0-9]+");
        // a territory IPU does not name keeps the UN name
        assertThat(value(fact(parsed, EntityType.COUNTRY, "AX", "country_name")))
                .isEqualTo("{\"en\":\"Åland Islands\",\"fr\":\"Îles d’Åland\"}");
        assertThat(fact(parsed, EntityType.COUNTRY, "AX", "country_name").source()).isEqualTo("country-codes.csv row 3");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "NA", "iso_alpha3_code"))).isEqualTo("NAM");
        // territories are declared too
        assertThat(parsed.entities()).contains(EntityDeclaration.of(EntityRef.country("AX")));
    }

    @Test
    void ipuRegions() {
        ParsedFile parsed = read("ipu-regions.csv");

        // 193 rows, each with a region (8 of them added by hand after IPU's grouping of their neighbours: see
        // SOURCES.md) and none with a sub-region; every row names its country as IPU does, which with the French of
        // the bundled country-codes.csv makes the country_name (and 4 former names, with their valid time)
        assertThat(parsed.rowsRead()).isEqualTo(193);
        assertThat(parsed.entities()).hasSize(193);
        assertThat(parsed.facts()).hasSize(193 + 193 + 4);
        assertThat(count(parsed, "region")).isEqualTo(193);
        assertThat(count(parsed, "sub_region")).isZero();
        assertThat(count(parsed, "country_name")).isEqualTo(193 + 4);
        assertThat(value(fact(parsed, EntityType.COUNTRY, "TD", "region"))).isEqualTo("sub_saharan_africa");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "CN", "region"))).isEqualTo("asia");
        assertThat(parsed.rejected()).isEmpty();
        assertThat(value(fact(parsed, EntityType.COUNTRY, "BO", "country_name")))
                .isEqualTo("{\"en\":\"Bolivia (Plurinational State of)\",\"fr\":\"Bolivie (État plurinational de)\"}");
        assertThat(fact(parsed, EntityType.COUNTRY, "BO", "country_name").source())
                .matches("country-codes\\.csv row [0-9]+; IPU name: ipu-regions\\.csv row [0-9]+");

        FactAssertion rwanda = fact(parsed, EntityType.COUNTRY, "RW", "region");
        assertThat(value(rwanda)).isEqualTo("sub_saharan_africa");
        assertThat(rwanda.validTime()).isEqualTo(ValidTime.always());
        assertThat(value(fact(parsed, EntityType.COUNTRY, "ES", "region"))).isEqualTo("europe");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "MA", "region"))).isEqualTo("middle_east_and_north_africa");
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("region")).extracting(ReaderFixtures::value).containsOnly(
                "americas", "asia", "europe", "middle_east_and_north_africa", "pacific", "sub_saharan_africa");
    }

    @Test
    void incomeGroups() {
        ParsedFile parsed = read("income-groups.csv");

        // 218 economies; CHI (Channel Islands) has no ISO code; XKX is Kosovo (XK)
        assertThat(parsed.rowsRead()).isEqualTo(218);
        assertThat(parsed.entities()).hasSize(217);
        assertThat(parsed.facts()).hasSize(217);
        assertThat(parsed.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("income-groups.csv");
            assertThat(r.row()).isEqualTo(36);
            assertThat(r.column()).isEqualTo("iso3");
            assertThat(r.reason()).contains("CHI", "Channel Islands", "no ISO 3166-1 alpha-2 code");
        });

        FactAssertion germany = fact(parsed, EntityType.COUNTRY, "DE", "income_group");
        assertThat(value(germany)).isEqualTo("high_income");
        assertThat(germany.validTime()).isEqualTo(ValidTime.between(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));
        assertThat(value(fact(parsed, EntityType.COUNTRY, "XK", "income_group"))).isEqualTo("upper_middle_income");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "AF", "income_group"))).isEqualTo("low_income");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "AO", "income_group"))).isEqualTo("lower_middle_income");

        FactAssertion ethiopia = fact(parsed, EntityType.COUNTRY, "ET", "income_group");
        assertThat(ethiopia.value()).isEqualTo(FactValue.missing("No information available"));
        assertThat(ethiopia.annotation()).contains("temporary status of unclassification");
        FactAssertion venezuela = fact(parsed, EntityType.COUNTRY, "VE", "income_group");
        assertThat(venezuela.value()).isEqualTo(FactValue.missing("No information available"));
        assertThat(venezuela.annotation()).contains("unclassified since FY22");

        assertThat(parsed.facts()).filteredOn(f -> f.value() instanceof FactValue.Present)
                .extracting(ReaderFixtures::value)
                .containsOnly("low_income", "lower_middle_income", "upper_middle_income", "high_income");
        // 87 high-income economies in the file, less CHI
        assertThat(parsed.facts().stream().filter(f -> "high_income".equals(value(f))).count()).isEqualTo(86);
    }

    @Test
    void incomeGroupsUseTheCountryCodesOfTheSameImport() {
        ParsedFile parsed = read("income-groups.csv", "country-codes.csv");

        assertThat(parsed.file()).isEqualTo("income-groups.csv, country-codes.csv");
        assertThat(parsed.rowsRead()).isEqualTo(218 + 249);
        assertThat(parsed.facts()).hasSize(217 + 996 + 4);
        assertThat(parsed.rejected()).hasSize(1);
        assertThat(value(fact(parsed, EntityType.COUNTRY, "DE", "income_group"))).isEqualTo("high_income");
    }

    @Test
    void chambers() {
        ParsedFile parsed = read("chambers.csv");

        // 275 chambers of 193 parliaments (111 unicameral, 82 bicameral)
        assertThat(parsed.rowsRead()).isEqualTo(275);
        assertThat(parsed.entities()).hasSize(193 + 193 + 275);
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.CHAMBER).hasSize(275);
        assertThat(parsed.rejected()).isEmpty();
        // parliament: 192 names (TN has none), 193 structures, 193 country codes
        assertThat(count(parsed, "parliament_name")).isEqualTo(192);
        assertThat(count(parsed, "structure_of_parliament")).isEqualTo(193);
        // chamber: 275 names, 199 local names, 275 statuses, 274 seats, 260 terms, 254 electoral systems
        assertThat(count(parsed, "chamber_name")).isEqualTo(275);
        assertThat(count(parsed, "chamber_name_local")).isEqualTo(199);
        assertThat(count(parsed, "struct_parl_status")).isEqualTo(275);
        assertThat(count(parsed, "country_code")).isEqualTo(193 + 275);
        assertThat(count(parsed, "statutory_members_number")).isEqualTo(274);
        assertThat(count(parsed, "parliamentary_term")).isEqualTo(260);
        assertThat(count(parsed, "electoral_system")).isEqualTo(254);
        assertThat(parsed.facts()).hasSize(2390);

        assertThat(parsed.entities()).contains(
                EntityDeclaration.of(EntityRef.country("AL")),
                EntityDeclaration.of(EntityRef.parliament("AL"), EntityRef.country("AL")),
                EntityDeclaration.of(EntityRef.chamber("AL-LC01"), EntityRef.parliament("AL")),
                EntityDeclaration.of(EntityRef.chamber("ES-UC02"), EntityRef.parliament("ES")));
        FactAssertion albania = fact(parsed, EntityType.CHAMBER, "AL-LC01", "statutory_members_number");
        assertThat(value(albania)).isEqualTo("140");
        assertThat(albania.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2026, 1, 22)));
        assertThat(albania.source()).isEqualTo("chambers.csv row 2");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "AL-LC01", "struct_parl_status"))).isEqualTo("unicameral");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "AL-LC01", "electoral_system"))).isEqualTo("proportional");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "AL-LC01", "parliamentary_term"))).isEqualTo("4");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "AL-LC01", "chamber_name_local"))).isEqualTo("Kuvendi");
        assertThat(value(fact(parsed, EntityType.PARLIAMENT, "AL", "parliament_name")))
                .isEqualTo("{\"en\":\"Albanian Parliament\"}");
        assertThat(fact(parsed, EntityType.PARLIAMENT, "AL", "parliament_name").validTime()).isEqualTo(ValidTime.always());

        assertThat(value(fact(parsed, EntityType.PARLIAMENT, "ES", "structure_of_parliament"))).isEqualTo("bicameral");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "ES-UC02", "struct_parl_status"))).isEqualTo("upper_chamber");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "ES-UC02", "electoral_system"))).isEqualTo("mixed");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "ES-LC01", "struct_parl_status"))).isEqualTo("lower_chamber");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "ES-LC01", "chamber_name")))
                .isEqualTo("{\"en\":\"Congress of Deputies\"}");
        assertThat(value(fact(parsed, EntityType.CHAMBER, "ES-LC01", "country_code"))).isEqualTo("ES");
        // Kosovo's user-assigned code is accepted
        assertThat(parsed.entities()).contains(EntityDeclaration.of(EntityRef.parliament("XK"), EntityRef.country("XK")));
        // blank cells give no fact: GB's House of Lords has no fixed size, TN's parliament no name
        assertThat(maybeFact(parsed, EntityType.CHAMBER, "GB-UC02", "statutory_members_number")).isEmpty();
        assertThat(maybeFact(parsed, EntityType.PARLIAMENT, "TN", "parliament_name")).isEmpty();
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("electoral_system"))
                .extracting(ReaderFixtures::value).containsOnly(
                        "proportional", "plurality_majority", "mixed", "other", "appointed", "indirectly_elected");
    }

    @Test
    void population() {
        ParsedFile parsed = read("population-by-age-sex.csv");

        // 236 areas x 2 sexes x 21 age groups; plus a total and a women's total per area
        assertThat(parsed.rowsRead()).isEqualTo(9912);
        assertThat(parsed.entities()).hasSize(236);
        assertThat(parsed.facts()).hasSize(9912 + 2 * 236);
        assertThat(parsed.rejected()).isEmpty();

        // Spain: sum of the 42 groups is 47,911,579.5 persons, rounded half-up
        FactAssertion spain = fact(parsed, EntityType.COUNTRY, "ES", "population_total");
        assertThat(value(spain)).isEqualTo("47911580");
        assertThat(spain.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2023, 7, 1)));
        assertThat(value(fact(parsed, EntityType.COUNTRY, "ES", "population_women"))).isEqualTo("24387156");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "IS", "population_total"))).isEqualTo("387558");
        // Iceland, female 0-4: 11.2165 thousand = 11,216.5 persons, rounded half-up
        assertThat(value(fact(parsed, EntityType.COUNTRY, "IS", "population_female_00_04"))).isEqualTo("11217");
        assertThat(value(fact(parsed, EntityType.COUNTRY, "IS", "population_male_100_plus"))).isEqualTo("17");
        assertThat(fact(parsed, EntityType.COUNTRY, "AW", "population_female_00_04").source())
                .isEqualTo("population-by-age-sex.csv row 2");
        assertThat(fact(parsed, EntityType.COUNTRY, "AW", "population_total").source())
                .isEqualTo("population-by-age-sex.csv rows 2-43");
        assertThat(maybeFact(parsed, EntityType.COUNTRY, "XK", "population_total")).isPresent();
        assertThat(maybeFact(parsed, EntityType.COUNTRY, "DE", "population_female_95_99")).isPresent();
        assertThat(maybeFact(parsed, EntityType.COUNTRY, "DE", "population_male_05_09")).isPresent();
        long world = parsed.facts().stream().filter(f -> f.field().equals("population_total"))
                .mapToLong(f -> Long.parseLong(value(f))).sum();
        assertThat(world).isBetween(8_091_734_000L, 8_091_735_000L);
    }

    @Test
    void allFilesTogether() {
        ParsedFile parsed = read("country-codes.csv", "ipu-regions.csv", "income-groups.csv", "chambers.csv",
                "population-by-age-sex.csv");

        assertThat(parsed.rowsRead()).isEqualTo(249 + 193 + 218 + 275 + 9912);
        assertThat(parsed.facts()).hasSize(996 + 4 + 193 + 217 + 2390 + 10384);
        assertThat(parsed.rejected()).extracting(RejectedRow::file).containsExactly("income-groups.csv");
        // one country_name per country: IPU's English name merged with the French of country-codes.csv; and for the
        // 4 countries of exchange/country-renames.csv, the former name until it changed
        assertThat(count(parsed, "country_name")).isEqualTo(249 + 4);
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("country_name") && f.entity().code().equals("SZ"))
                .extracting(f -> f.validTime().from(), FactAssertion::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.empty(),
                                org.plenum.registry.FactValue.of("{\"en\":\"Swaziland\",\"fr\":\"Swaziland\"}")),
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(java.time.LocalDate.of(2018, 4, 19)),
                                org.plenum.registry.FactValue.of("{\"en\":\"Eswatini\",\"fr\":\"Eswatini\"}")));
        assertThat(parsed.facts().stream().filter(f -> f.field().equals("country_name")).map(FactAssertion::entity).distinct())
                .hasSize(249);
        assertThat(value(fact(parsed, EntityType.COUNTRY, "GM", "country_name")))
                .isEqualTo("{\"en\":\"Gambia (The)\",\"fr\":\"Gambie\"}");
        // countries: 249 from country-codes.csv, plus XK; then 193 parliaments and 275 chambers
        assertThat(parsed.entities()).hasSize(250 + 193 + 275);
        List<EntityType> types = parsed.entities().stream().map(d -> d.entity().type()).toList();
        assertThat(types).isSortedAccordingTo(java.util.Comparator.comparingInt(Enum::ordinal));
    }
}
