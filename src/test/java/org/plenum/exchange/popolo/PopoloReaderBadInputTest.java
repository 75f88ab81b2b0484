package org.plenum.exchange.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenum.exchange.ReaderFixtures.count;
import static org.plenum.exchange.ReaderFixtures.fact;
import static org.plenum.exchange.ReaderFixtures.facts;
import static org.plenum.exchange.popolo.PopoloFiles.LIECHTENSTEIN;
import static org.plenum.exchange.popolo.PopoloFiles.LIECHTENSTEIN_META;
import static org.plenum.exchange.popolo.PopoloFiles.MONTENEGRO;
import static org.plenum.exchange.popolo.PopoloFiles.MONTENEGRO_META;
import static org.plenum.exchange.popolo.PopoloFiles.at;
import static org.plenum.exchange.popolo.PopoloFiles.bundled;
import static org.plenum.exchange.popolo.PopoloFiles.editedLiechtenstein;
import static org.plenum.exchange.popolo.PopoloFiles.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The popolo reader on broken input. Every edited file is a synthetic copy of Liechtenstein's real file with the
 * change each test names; the rest of the file still imports.
 */
class PopoloReaderBadInputTest {

    /** Thomas Rehak: /persons/0, his membership /memberships/0 (term/2017). */
    private static final String REHAK = "03b8b592-f7da-4e4b-8180-bfd215f093a4";
    private static final String LANDTAG = "841153dd-50d7-4c7c-a2ca-46d1219a1b6a";

    // ---- files that cannot be used

    @Test
    void emptyNotJsonNotUtf8AndRepeatedMembersAreUnusable() {
        byte[] real = bundled(LIECHTENSTEIN).content();
        byte[] garbled = real.clone();
        garbled[1000] = (byte) 0xC3;
        garbled[1001] = (byte) 0x28;
        String text = new String(real, StandardCharsets.UTF_8);
        assertUnusable(new InputFile("empty.json", new byte[0]), "empty.json: the file is empty");
        assertUnusable(new InputFile("half.json", Arrays.copyOf(real, real.length / 2)), "half.json: not well-formed JSON at line");
        assertUnusable(new InputFile("garbled.json", garbled), "garbled.json: not valid UTF-8: byte 0xC3 at byte offset 1000");
        assertUnusable(new InputFile("list.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), "list.json: the file is not a JSON object");
        assertUnusable(new InputFile("twice.json", text.replaceFirst("\"posts\":", "\"persons\": [],\n  \"posts\":")
                .getBytes(StandardCharsets.UTF_8)), "twice.json: not well-formed JSON at line 6, column 12: Duplicate Object property \"persons\"");
        assertUnusable(new InputFile("other.json", "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)),
                "other.json: neither an EveryPolitician Popolo file (no 'persons') nor its meta.json (no 'uuid')");
        assertUnusable(editedLiechtenstein(root -> root.put("memberships", "none")),
                "'memberships' is not a list: not an EveryPolitician Popolo file");
    }

    @Test
    void oneLegislatureAtATime() {
        assertThatThrownBy(() -> read(bundled(LIECHTENSTEIN), bundled(MONTENEGRO)))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage(MONTENEGRO + ": a second Popolo file (after " + LIECHTENSTEIN + "); import one legislature at a time");
        assertThatThrownBy(() -> read(bundled(LIECHTENSTEIN_META)))
                .hasMessageStartingWith(LIECHTENSTEIN_META + ": a meta.json alone has no members");
        assertThatThrownBy(() -> read(bundled(LIECHTENSTEIN), bundled(MONTENEGRO_META)))
                .hasMessage(MONTENEGRO_META + ": describes the legislature '3314d9ac-a9c0-4c6b-a715-4a972ccdd703', but "
                        + LIECHTENSTEIN + " describes '" + LANDTAG + "' (Landtag): give the meta.json of the same legislature");
    }

    @Test
    void aLegislatureNotInPlenumsListIsRefusedNotGuessed() {
        InputFile unknown = editedLiechtenstein(root -> {
            at(root, "/organizations/3").put("id", "00000000-0000-0000-0000-000000000000");
            for (var membership : root.get("memberships")) {
                ((ObjectNode) membership).put("organization_id", "00000000-0000-0000-0000-000000000000");
            }
        });
        assertUnusable(unknown, "the legislature 'Landtag' (/organizations/3, id 00000000-0000-0000-0000-000000000000, Wikidata "
                + "Q1149644) is not in Plenum's list of EveryPolitician legislatures (exchange/everypolitician-legislatures.csv), "
                + "which gives each its country code; Plenum does not guess the country from names");
        InputFile otherWikidata = editedLiechtenstein(root ->
                ((ObjectNode) root.at("/organizations/3/identifiers/0")).put("identifier", "Q1579497"));
        assertUnusable(otherWikidata, "has the Wikidata id Q1579497, but Plenum's list (exchange/everypolitician-legislatures.csv)"
                + " gives Q1149644 for that uuid");
    }

    @Test
    void theTypeOfTheLegislatureChoosesTheChamber() {
        ParsedFile upper = read(editedLiechtenstein(root -> at(root, "/organizations/3").put("type", "upper house")));
        assertThat(fact(upper, EntityType.PERSON, "EP-" + REHAK, "chamber_membership").value()).isEqualTo(FactValue.of("LI-UC02"));
        assertThat(upper.entities()).contains(
                EntityDeclaration.of(EntityRef.chamber("LI-UC02"), EntityRef.parliament("LI")));
        assertUnusable(editedLiechtenstein(root -> at(root, "/organizations/3").put("type", "national assembly")),
                "the legislature /organizations/3 has the type 'national assembly', which Plenum does not map to a chamber; "
                        + "known types: lower house, unicameral legislature, upper house");
        assertUnusable(editedLiechtenstein(root -> at(root, "/organizations/3").remove("type")),
                "the legislature /organizations/3 has no type (nor has a meta.json)");
        ParsedFile typeFromMeta = read(editedLiechtenstein(root -> at(root, "/organizations/3").remove("type")),
                bundled(LIECHTENSTEIN_META));
        assertThat(count(typeFromMeta, "chamber_membership")).isEqualTo(101);
        assertUnusable(editedLiechtenstein(root -> at(root, "/organizations/3").put("classification", "party")),
                "no organization has the classification legislature");
    }

    // ---- persons

    @Test
    void aPersonWithARepeatedIdIsRejectedWithItsMemberships() {
        ParsedFile parsed = read(editedLiechtenstein(root -> at(root, "/persons/1").put("id", REHAK)));
        assertThat(parsed.rejected()).extracting(RejectedRow::column).containsExactly(
                "/persons/0/id", "/persons/1/id", "/memberships/0/person_id", "/memberships/1/person_id",
                "/memberships/2/person_id");
        assertThat(parsed.rejected().get(0).reason())
                .isEqualTo("the id '" + REHAK + "' is also used by /persons/1; Plenum does not choose between them");
        assertThat(parsed.rejected().get(2).reason())
                .isEqualTo("the person '" + REHAK + "' is rejected (its id is used by /persons/0 and /persons/1)");
        assertThat(facts(parsed, EntityType.PERSON, "EP-" + REHAK, "person_name")).isEmpty();
        assertThat(count(parsed, "chamber_membership")).isEqualTo(101 - 3);
    }

    @Test
    void aBadPersonValueRejectsThePersonWhole() {
        ParsedFile parsed = read(editedLiechtenstein(root -> {
            at(root, "/persons/0").put("gender", "unknown");
            at(root, "/persons/0").put("birth_date", "1971-02-30");
            at(root, "/persons/1").put("birth_date", "2027-01-01");
            at(root, "/persons/2").put("death_date", "1901");
            at(root, "/persons/3").remove("name");
            String original = root.at("/persons/4/id").asString();
            at(root, "/persons/4").put("id", "person/4");
            for (var membership : root.get("memberships")) {
                if (membership.get("person_id").asString().equals(original)) {
                    ((ObjectNode) membership).put("person_id", "person/4");
                }
            }
        }));
        String whole = "the person is rejected whole, with its memberships, because of its rejected value; nothing of it is imported";
        String deathBeforeBirth = "the death date (1901) is before the birth date (" + birthOf(2)
                + "); Plenum cannot tell which is wrong and imports neither";
        assertThat(parsed.rejected()).filteredOn(r -> r.column().startsWith("/persons/"))
                .extracting(RejectedRow::column, RejectedRow::reason).containsExactly(
                tuple("/persons/0/birth_date", "birth_date \"1971-02-30\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                tuple("/persons/0/gender", "gender \"unknown\" is not one of female, male, other"),
                tuple("/persons/0", whole),
                tuple("/persons/1/birth_date", "birth_date 2027-01-01 is in the future (today is 2026-11-28)"),
                tuple("/persons/1", whole),
                tuple("/persons/2/birth_date", deathBeforeBirth),
                tuple("/persons/2/death_date", deathBeforeBirth),
                tuple("/persons/2", whole),
                tuple("/persons/3/name", "the person has no name"),
                tuple("/persons/3", whole),
                tuple("/persons/4/id", "the id 'person/4' is not a uuid (EveryPolitician's person ids are; "
                        + "the person's code would be EP-<uuid>)"));
        assertThat(parsed.rejected()).filteredOn(r -> r.column().startsWith("/memberships/"))
                .extracting(RejectedRow::reason).isNotEmpty().allMatch(reason -> reason.endsWith(
                        " is rejected (a value of the person is rejected)") || reason.endsWith(" is rejected (its id is not a uuid)"));
        assertThat(parsed.rejected()).extracting(RejectedRow::reason)
                .contains("the person '" + REHAK + "' is rejected (a value of the person is rejected)");
        // a person whose birth date is rejected is not half imported: no name, no gender, no death date, no membership
        assertThat(parsed.entities()).noneMatch(e -> e.entity().code().equals("EP-" + REHAK));
        assertThat(parsed.facts()).noneMatch(f -> f.entity().code().equals("EP-" + REHAK));
        // persons 0 to 4 are rejected whole, and none of their memberships is kept
        for (int i = 0; i <= 4; i++) {
            String source = "edited-" + LIECHTENSTEIN + " /persons/" + i;
            assertThat(parsed.facts()).noneMatch(f -> f.source().equals(source));
        }
        assertThat(count(parsed, "person_name")).isEqualTo(62 - 5);
    }

    @Test
    void theRowOfARejectionIsTheLineOfTheValueInTheFile() {
        InputFile edited = editedLiechtenstein(root -> at(root, "/persons/1").put("gender", "unknown"));
        RejectedRow rejected = read(edited).rejected().get(0);
        String[] lines = new String(edited.content(), StandardCharsets.UTF_8).split("\n");
        assertThat(lines[rejected.row() - 1].strip()).isEqualTo("\"gender\" : \"unknown\",");
        assertThat(rejected.toString()).isEqualTo("edited-" + LIECHTENSTEIN + ", row " + rejected.row()
                + ", column /persons/1/gender: gender \"unknown\" is not one of female, male, other");
    }

    // ---- memberships

    @Test
    void membershipsWithUnknownReferencesAreRejected() {
        ParsedFile parsed = read(editedLiechtenstein(root -> {
            at(root, "/memberships/0").put("person_id", "11111111-1111-1111-1111-111111111111");
            at(root, "/memberships/1").put("organization_id", "somewhere");
            at(root, "/memberships/2").put("organization_id", "DU");
            at(root, "/memberships/3").put("legislative_period_id", "term/1848");
            at(root, "/memberships/4").put("on_behalf_of_id", "XYZ");
            at(root, "/memberships/5").put("role", "speaker");
        }));
        assertThat(parsed.rejected()).extracting(RejectedRow::column, RejectedRow::reason).containsExactly(
                tuple("/memberships/0/person_id",
                        "there is no person with the id '11111111-1111-1111-1111-111111111111' in the file"),
                tuple("/memberships/1/organization_id",
                        "there is no organization with the id 'somewhere' in the file"),
                tuple("/memberships/2/organization_id", "the organization 'DU' is a party or group, "
                        + "not the legislature; Plenum imports memberships of the legislature only"),
                tuple("/memberships/3/legislative_period_id",
                        "there is no legislative period with the id 'term/1848' in the file"),
                tuple("/memberships/4/on_behalf_of_id",
                        "there is no organization with the id 'XYZ' in the file; the membership is rejected whole"
                                + " (docs/decisions/0028)"),
                tuple("/memberships/5/role",
                        "the role \"speaker\" is not member; Plenum imports the members of the legislature only"));
        // the membership whose group is rejected is rejected whole, not imported without its group (decision 0028)
        assertThat(count(parsed, "chamber_membership")).isEqualTo(101 - 6);
        assertThat(parsed.facts()).noneMatch(f -> f.source().startsWith("edited-" + LIECHTENSTEIN + " /memberships/4 "));
    }

    @Test
    void membershipDatesMustBeReadableAndInOrder() {
        ParsedFile parsed = read(editedLiechtenstein(root -> {
            at(root, "/memberships/0").put("start_date", "2017-13-01");
            at(root, "/memberships/1").put("end_date", "2010-01-01");
            at(root, "/memberships/2").remove("legislative_period_id");
            at(root, "/memberships/3").put("start_date", "2017-06");
            at(root, "/memberships/3").put("end_date", "2018");
        }));
        assertThat(parsed.rejected()).extracting(RejectedRow::column, RejectedRow::reason).containsExactly(
                tuple("/memberships/0/start_date",
                        "start_date \"2017-13-01\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                tuple("/memberships/1",
                        "the membership ends (2010-01-01) before it starts (2013-03-27)"),
                tuple("/memberships/2",
                        "the membership has no start_date and no legislative period to take it from"));
        FactAssertion partial = parsed.facts().stream()
                .filter(f -> f.source().startsWith("edited-" + LIECHTENSTEIN + " /memberships/3 ")).findFirst().orElseThrow();
        assertThat(partial.validTime()).isEqualTo(ValidTime.between(LocalDate.of(2017, 6, 1), LocalDate.of(2018, 12, 31)));
        assertThat(partial.source()).endsWith("/memberships/3 (start 2017-06 read as 2017-06-01; end 2018 read as 2018-12-31)");
    }

    @Test
    void overlappingMembershipsOfOnePersonAreBothRejectedAndAnExactRepeatAlone() {
        ParsedFile parsed = read(editedLiechtenstein(root -> {
            ArrayNode memberships = (ArrayNode) root.get("memberships");
            ObjectNode repeat = at(root, "/memberships/0").deepCopy();
            memberships.add(repeat);
            ObjectNode otherGroup = at(root, "/memberships/16").deepCopy();
            otherGroup.put("on_behalf_of_id", "VU");
            otherGroup.put("start_date", "2015-06-01");
            otherGroup.remove("end_date");
            memberships.add(otherGroup);
        }));
        assertThat(parsed.rejected()).extracting(RejectedRow::column, RejectedRow::reason).containsExactly(
                tuple("/memberships/101", "the membership repeats /memberships/0 (same person, dates and group)"),
                tuple("/memberships/16", "the membership (2013-03-27 to 2015-12-31) overlaps /memberships/102 "
                        + "(2015-06-01 to 2017-02-04) of the same person; Plenum does not choose between them"),
                tuple("/memberships/102", "the membership (2015-06-01 to 2017-02-04) overlaps /memberships/16 "
                        + "(2013-03-27 to 2015-12-31) of the same person; Plenum does not choose between them"));
        assertThat(count(parsed, "chamber_membership")).isEqualTo(100);
    }

    @Test
    void aMemberUnder18OrDeadIsImportedWithAWarning() {
        ParsedFile parsed = read(editedLiechtenstein(root -> {
            at(root, "/persons/0").put("birth_date", "2000-03-01");
            at(root, "/persons/1").put("birth_date", "1999");
            at(root, "/persons/0").put("death_date", "2020-05-05");
        }));
        assertThat(parsed.rejected()).isEmpty();
        assertThat(count(parsed, "chamber_membership")).isEqualTo(101);
        assertThat(fact(parsed, EntityType.PERSON, "EP-" + REHAK, "birth_date").value()).isEqualTo(FactValue.of("2000-03-01"));
        assertThat(parsed.warnings()).extracting(w -> w.column() + ": " + w.message()).contains(
                "/memberships/0: the member (/persons/0, born 2000-03-01) was under 18 when the membership started (2017-02-05); imported as given",
                "/memberships/0: the membership runs past the member's death (2020-05-05, /persons/0) to no end; imported as given",
                "/memberships/1: the member (/persons/1, born 1999) was under 18 when the membership started (2013-03-27); "
                        + "imported as given",
                "/memberships/2: the member (/persons/1, born 1999) was possibly under 18 when the membership started "
                        + "(2017-02-05); imported as given");
    }

    @Test
    void reRunningTheReaderGivesTheSameResult() {
        assertThat(read(bundled(LIECHTENSTEIN)).facts()).isEqualTo(read(bundled(LIECHTENSTEIN)).facts());
    }

    private static void assertUnusable(InputFile file, String message) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(UnusableFileException.class).hasMessageContaining(message);
    }

    private static String birthOf(int person) {
        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(bundled(LIECHTENSTEIN).content());
        return root.at("/persons/" + person + "/birth_date").asString();
    }
}
