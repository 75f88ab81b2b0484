package org.plenum.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.popolo.PopoloReader;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;

/**
 * What every import refuses whatever its reader: formula text and values longer than the database holds. On the
 * bundled EveryPolitician file of Liechtenstein, edited as each test says (SYNTHETIC edits of a real file).
 */
class ImportScreenTest {

    private static final String FILE = "Liechtenstein-Landtag-ep-popolo-v1.0.json";

    private static ParsedFile readEdited(String from, String to) {
        String text = new String(ReaderFixtures.bundled("everypolitician", FILE).content(), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        InputFile edited = new InputFile(FILE, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8));
        return new PopoloReader().read(List.of(edited));
    }

    @Test
    void theRealFilePassesUnchanged() {
        ParsedFile parsed = new PopoloReader().read(List.of(ReaderFixtures.bundled("everypolitician", FILE)));
        assertThat(ImportScreen.screen(parsed)).isSameAs(parsed);
    }

    @Test
    void aFormulaNameIsRejectedNamingItsPlaceWithItsRecordAndTheRestIsKept() {
        ParsedFile parsed = readEdited("\"name\": \"Rehak Thomas\"", "\"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"");
        ParsedFile screened = ImportScreen.screen(parsed);
        // the person's other facts (same record, same source) are left out with the rejected name (decision 0028)
        long ofThePerson = parsed.facts().stream().filter(f -> f.source().equals(FILE + " /persons/0")).count();
        assertThat(ofThePerson).isGreaterThan(1);
        assertThat(screened.facts()).hasSize(parsed.facts().size() - (int) ofThePerson);
        assertThat(screened.facts()).noneMatch(f -> f.source().equals(FILE + " /persons/0"));
        assertThat(screened.facts()).noneMatch(f -> f.value() instanceof FactValue.Present p && p.value().startsWith("="));
        RejectedRow rejected = screened.rejected().get(screened.rejected().size() - 1);
        assertThat(rejected.file()).isEqualTo(FILE);
        assertThat(rejected.column()).isEqualTo("person_name");
        assertThat(rejected.toString()).contains("/persons/0").contains("starts with '='").contains("formula");
    }

    @Test
    void aNameThatOnlyStartsWithASignIsKept() {
        ParsedFile parsed = readEdited("\"name\": \"Rehak Thomas\"", "\"name\": \"+Europa\"");
        assertThat(ImportScreen.screen(parsed)).isSameAs(parsed);
        ParsedFile dde = readEdited("\"name\": \"Rehak Thomas\"", "\"name\": \"-2+3+cmd|' /C calc'!A0\"");
        assertThat(ImportScreen.screen(dde).facts()).hasSizeLessThan(dde.facts().size())
                .noneMatch(f -> f.source().equals(FILE + " /persons/0"));
    }

    @Test
    void aValueLongerThanTheDatabaseHoldsIsRejectedNotAStackTrace() {
        String huge = "R".repeat(ImportScreen.MAX_TEXT + 1);
        ParsedFile screened = ImportScreen.screen(readEdited("\"name\": \"Rehak Thomas\"", "\"name\": \"" + huge + "\""));
        assertThat(screened.facts()).extracting(FactAssertion::value).doesNotContain(FactValue.of(huge));
        assertThat(screened.rejected()).anySatisfy(r -> assertThat(r.reason()).contains("20001 characters; at most 20000"));
    }

    @Test
    void aLongTranslatedTextIsScreenedWithoutAStackOverflow() {
        // found by ImportFuzzTest: a chamber name of some thousand characters, stored as {"en":"…"}, overflowed the
        // stack of the regular expression that takes the texts out of a translated text
        String name = "R".repeat(ImportScreen.MAX_TEXT - 20);
        org.plenum.registry.EntityRef chamber = org.plenum.registry.EntityRef.chamber("AL-LC01");
        FactAssertion kept = FactAssertion.of(chamber, "chamber_name", org.plenum.registry.ValidTime.always(),
                FactValue.of("{\"en\":\"" + name + "\"}"), "chambers.csv row 2");
        FactAssertion formula = FactAssertion.of(chamber, "chamber_name_local", org.plenum.registry.ValidTime.always(),
                FactValue.of("{\"en\":\"" + name.substring(5_000) + "\",\"fr\":\"=1+2\"}"), "chambers.csv row 3");
        ParsedFile parsed = new ParsedFile("chambers.csv", 2, List.of(), List.of(kept, formula), List.of());
        ParsedFile screened = ImportScreen.screen(parsed);
        assertThat(screened.facts()).containsExactly(kept);
        assertThat(screened.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("formula"));
    }
}
