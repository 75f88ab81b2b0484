package org.plenum.exchange.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenum.exchange.ReaderFixtures.count;
import static org.plenum.exchange.ReaderFixtures.fact;
import static org.plenum.exchange.ReaderFixtures.facts;
import static org.plenum.exchange.popolo.PopoloFiles.LIECHTENSTEIN;
import static org.plenum.exchange.popolo.PopoloFiles.LIECHTENSTEIN_META;
import static org.plenum.exchange.popolo.PopoloFiles.MONTENEGRO;
import static org.plenum.exchange.popolo.PopoloFiles.MONTENEGRO_META;
import static org.plenum.exchange.popolo.PopoloFiles.bundled;
import static org.plenum.exchange.popolo.PopoloFiles.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.ImportWarning;
import org.plenum.exchange.ParsedFile;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/** The popolo reader on EveryPolitician's real files for Liechtenstein's Landtag and Montenegro's Assembly. */
class PopoloReaderTest {

    private static final EntityType PERSON = EntityType.PERSON;

    @Test
    void liechtensteinExactCounts() {
        ParsedFile parsed = read(bundled(LIECHTENSTEIN), bundled(LIECHTENSTEIN_META));
        assertThat(parsed.file()).isEqualTo(LIECHTENSTEIN + ", " + LIECHTENSTEIN_META);
        assertThat(parsed.rowsRead()).isEqualTo(62 + 101);
        assertThat(parsed.entities()).hasSize(3 + 62);
        assertThat(parsed.entities().subList(0, 3)).containsExactly(
                EntityDeclaration.of(EntityRef.country("LI")),
                EntityDeclaration.of(EntityRef.parliament("LI"), EntityRef.country("LI")),
                EntityDeclaration.of(EntityRef.chamber("LI-LC01"), EntityRef.parliament("LI")));
        assertThat(parsed.entities().subList(3, 65)).allSatisfy(d -> {
            assertThat(d.entity().type()).isEqualTo(PERSON);
            assertThat(d.entity().code()).matches("EP-[0-9a-f-]{36}");
            assertThat(d.parent()).isEmpty();
        });
        assertThat(parsed.facts()).hasSize(286 + 56 + 11);
        assertThat(count(parsed, "person_name")).isEqualTo(62);
        assertThat(count(parsed, "first_name")).as("persons with a given_name").isEqualTo(56);
        assertThat(count(parsed, "family_name")).as("persons with a family_name").isEqualTo(11);
        assertThat(count(parsed, "gender")).isEqualTo(62);
        assertThat(count(parsed, "birth_date")).isEqualTo(60);
        assertThat(count(parsed, "death_date")).isEqualTo(1);
        assertThat(count(parsed, "chamber_membership")).isEqualTo(101);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(genders(parsed)).containsExactly(Map.entry("female", 15L), Map.entry("male", 47L));
        assertThat(membershipsByStart(parsed)).containsExactly(
                Map.entry(LocalDate.of(2005, 4, 14), 25L), Map.entry(LocalDate.of(2009, 3, 18), 25L),
                Map.entry(LocalDate.of(2013, 3, 27), 26L), Map.entry(LocalDate.of(2017, 2, 5), 25L));
    }

    @Test
    void liechtensteinHasOneMoreMembershipThanSeatsIn2013AndSaysSo() {
        ParsedFile parsed = read(bundled(LIECHTENSTEIN), bundled(LIECHTENSTEIN_META));
        assertThat(parsed.warnings()).hasSize(1);
        ImportWarning warning = parsed.warnings().get(0);
        assertThat(warning.column()).isEqualTo("/organizations/3");
        assertThat(warning.message()).startsWith("on 2013-03-27, 26 memberships are current in a legislature of 25 seats.")
                .endsWith("(memberships with their own end: /memberships/16 ends 2015-12-31)");
        String[] lines = new String(bundled(LIECHTENSTEIN).content(), StandardCharsets.UTF_8).split("\n");
        assertThat(warning.row()).isEqualTo(5789);
        assertThat(lines[warning.row() - 1].strip()).isEqualTo("{");
        assertThat(lines[warning.row()]).contains("\"classification\": \"legislature\"");
    }

    @Test
    void thomasRehakBornIn1971SitsForTheIndependentsSinceFebruary2017() {
        ParsedFile parsed = read(bundled(LIECHTENSTEIN), bundled(LIECHTENSTEIN_META));
        String rehak = "EP-03b8b592-f7da-4e4b-8180-bfd215f093a4";
        assertThat(fact(parsed, PERSON, rehak, "person_name").value()).isEqualTo(FactValue.of("Rehak Thomas"));
        assertThat(fact(parsed, PERSON, rehak, "gender").value()).isEqualTo(FactValue.of("male"));
        FactAssertion birth = fact(parsed, PERSON, rehak, "birth_date");
        assertThat(birth.value()).isEqualTo(FactValue.of("1971-01-21"));
        assertThat(birth.validTime()).isEqualTo(ValidTime.always());
        assertThat(birth.source()).isEqualTo(LIECHTENSTEIN + " /persons/0");
        FactAssertion membership = fact(parsed, PERSON, rehak, "chamber_membership");
        assertThat(membership.value()).isEqualTo(FactValue.of("LI-LC01"));
        assertThat(membership.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2017, 2, 5)));
        assertThat(membership.annotation()).isEqualTo("DU");
        assertThat(membership.source()).isEqualTo(LIECHTENSTEIN + " /memberships/0 (dates of legislative period term/2017)");
    }

    /**
     * Popolo's {@code given_name} and {@code family_name} are kept as {@code first_name} and {@code family_name} as the
     * file gives them, never split from {@code name}: "Lanter-Koller Violanda" has the family name "Koller" in the
     * file, "Rehak Thomas" has neither part, and "Milutin Đukanović" is given the first name "Milo".
     */
    @Test
    void givenAndFamilyNamesAreKeptAsTheFileGivesThem() {
        ParsedFile li = read(bundled(LIECHTENSTEIN));
        String lanter = "EP-2d431340-d056-419d-b8ff-97ec8a532ec8";
        assertThat(fact(li, PERSON, lanter, "person_name").value()).isEqualTo(FactValue.of("Lanter-Koller Violanda"));
        assertThat(fact(li, PERSON, lanter, "first_name").value()).isEqualTo(FactValue.of("Violanda"));
        assertThat(fact(li, PERSON, lanter, "family_name").value()).isEqualTo(FactValue.of("Koller"));
        assertThat(fact(li, PERSON, lanter, "family_name").source()).isEqualTo(fact(li, PERSON, lanter, "person_name").source())
                .startsWith(LIECHTENSTEIN + " /persons/");
        String rehak = "EP-03b8b592-f7da-4e4b-8180-bfd215f093a4";
        assertThat(facts(li, PERSON, rehak, "first_name")).isEmpty();
        assertThat(facts(li, PERSON, rehak, "family_name")).isEmpty();
        String lageder = "EP-050a8d3b-2757-4112-bab3-c6d0b5800dda";
        assertThat(fact(li, PERSON, lageder, "first_name").value()).isEqualTo(FactValue.of("Thomas"));
        assertThat(facts(li, PERSON, lageder, "family_name")).isEmpty();
        ParsedFile me = read(bundled(MONTENEGRO));
        String djukanovic = "EP-3e2e62b7-2428-4ba1-8215-33422d12807e";
        assertThat(fact(me, PERSON, djukanovic, "person_name").value()).isEqualTo(FactValue.of("Milutin Đukanović"));
        assertThat(fact(me, PERSON, djukanovic, "first_name").value()).isEqualTo(FactValue.of("Milo"));
        assertThat(fact(me, PERSON, djukanovic, "family_name").value()).isEqualTo(FactValue.of("Đukanović"));
    }

    @Test
    void geroldBuchelLeftOnTheLastDayOf2015() {
        ParsedFile parsed = read(bundled(LIECHTENSTEIN));
        assertThat(facts(parsed, PERSON, "EP-1a9e92f1-f6bb-465c-920d-52685f6d9687", "chamber_membership"))
                .extracting(FactAssertion::validTime, FactAssertion::annotation, FactAssertion::source)
                .containsExactly(
                        tuple(ValidTime.between(LocalDate.of(2009, 3, 18), LocalDate.of(2013, 2, 2)),
                                "FBP", LIECHTENSTEIN + " /memberships/15 (dates of legislative period term/2009)"),
                        tuple(ValidTime.between(LocalDate.of(2013, 3, 27), LocalDate.of(2015, 12, 31)),
                                "FBP", LIECHTENSTEIN + " /memberships/16 (start of legislative period term/2013)"));
    }

    @Test
    void datesKeepTheirPrecisionAndTheDeceasedMemberHisDeathDate() {
        ParsedFile parsed = read(bundled(LIECHTENSTEIN));
        assertThat(fact(parsed, PERSON, "EP-9cda707b-a494-4b53-bb62-a31efa8528ee", "birth_date").value())
                .as("Daniel Oehry: the year only").isEqualTo(FactValue.of("1971"));
        assertThat(facts(parsed, PERSON, "EP-2c8ece03-0f2f-4bf7-84fb-1fa8590f9b69", "birth_date"))
                .as("Patrick Risch: no birth date, no fact").isEmpty();
        String lampert = "EP-eabc48a2-1bef-402b-8ef9-cf6e89f4df7c";
        assertThat(fact(parsed, PERSON, lampert, "death_date").value()).isEqualTo(FactValue.of("2015-07-04"));
        assertThat(facts(parsed, PERSON, lampert, "chamber_membership")).extracting(FactAssertion::validTime).containsExactly(
                ValidTime.between(LocalDate.of(2005, 4, 14), LocalDate.of(2009, 2, 7)),
                ValidTime.between(LocalDate.of(2009, 3, 18), LocalDate.of(2013, 2, 2)));
    }

    @Test
    void theMetaJsonIsOptionalAndChangesNothingWhenItAgrees() {
        ParsedFile alone = read(bundled(LIECHTENSTEIN));
        ParsedFile withMeta = read(bundled(LIECHTENSTEIN_META), bundled(LIECHTENSTEIN));
        assertThat(withMeta.facts()).isEqualTo(alone.facts());
        assertThat(withMeta.entities()).isEqualTo(alone.entities());
        assertThat(withMeta.warnings()).isEqualTo(alone.warnings());
    }

    @Test
    void montenegroExactCountsAndTheYearOnlyEndOfItsTerm() {
        ParsedFile parsed = read(bundled(MONTENEGRO), bundled(MONTENEGRO_META));
        assertThat(parsed.rowsRead()).isEqualTo(82 + 82);
        assertThat(parsed.entities()).hasSize(3 + 82);
        assertThat(parsed.entities().get(2)).isEqualTo(EntityDeclaration.of(EntityRef.chamber("ME-LC01"), EntityRef.parliament("ME")));
        assertThat(parsed.facts()).hasSize(300 + 7 + 3);
        assertThat(count(parsed, "person_name")).isEqualTo(82);
        assertThat(count(parsed, "first_name")).isEqualTo(7);
        assertThat(count(parsed, "family_name")).isEqualTo(3);
        assertThat(count(parsed, "gender")).isEqualTo(82);
        assertThat(count(parsed, "birth_date")).isEqualTo(54);
        assertThat(count(parsed, "death_date")).isZero();
        assertThat(count(parsed, "chamber_membership")).isEqualTo(82);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(genders(parsed)).containsExactly(Map.entry("female", 15L), Map.entry("male", 67L));
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("/organizations/9");
            assertThat(w.message()).startsWith("on 2012-11-06, 82 memberships are current in a legislature of 81 seats.");
        });
        FactAssertion membership = fact(parsed, PERSON, "EP-065576f9-95d7-46b7-8a28-f6897ba830c0", "chamber_membership");
        assertThat(membership.value()).isEqualTo(FactValue.of("ME-LC01"));
        assertThat(membership.validTime()).isEqualTo(ValidTime.between(LocalDate.of(2012, 11, 6), LocalDate.of(2015, 12, 31)));
        assertThat(membership.annotation()).isEqualTo("Socijalistička narodna partija");
        assertThat(membership.source())
                .isEqualTo(MONTENEGRO + " /memberships/1 (dates of legislative period term/25; end 2015 read as 2015-12-31)");
        assertThat(fact(parsed, PERSON, "EP-065576f9-95d7-46b7-8a28-f6897ba830c0", "person_name").value())
                .isEqualTo(FactValue.of("Danijela - Danka Marković"));
        assertThat(fact(parsed, PERSON, "EP-065576f9-95d7-46b7-8a28-f6897ba830c0", "birth_date").value())
                .isEqualTo(FactValue.of("1959-01-09"));
        assertThat(parsed.facts().stream().filter(f -> f.field().equals("chamber_membership"))
                .collect(Collectors.groupingBy(FactAssertion::annotation, Collectors.counting())))
                .containsEntry("Demokratska partija socijalista", 31L).containsEntry("Klub samostalnih poslanika", 12L)
                .hasSize(11);
    }

    private static Map<String, Long> genders(ParsedFile parsed) {
        return parsed.facts().stream().filter(f -> f.field().equals("gender"))
                .collect(Collectors.groupingBy(f -> ((FactValue.Present) f.value()).value(), TreeMap::new, Collectors.counting()));
    }

    private static Map<LocalDate, Long> membershipsByStart(ParsedFile parsed) {
        return parsed.facts().stream().filter(f -> f.field().equals("chamber_membership"))
                .collect(Collectors.groupingBy(f -> f.validTime().from().orElseThrow(), TreeMap::new, Collectors.counting()));
    }
}
