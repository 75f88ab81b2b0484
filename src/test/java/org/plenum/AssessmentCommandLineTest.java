package org.plenum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.assessment.Edition;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.plenum.exchange.xlsform.XlsFormSheets;

/**
 * {@code plenum import xlsform}, {@code plenum import responses} and {@code plenum export xlsform} end to end, each
 * run a process of its own on one data directory (the registry's bundled dataset not loaded: no chamber is known, so
 * every response row is refused for its chamber, by row and column). The form is synthetic, made for the test.
 */
class AssessmentCommandLineTest {

    @TempDir
    Path temp;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--PLENUM_DATA_DIR=" + temp.resolve("data");
        all[args.length + 1] = "--PLENUM_LOAD_BUNDLED_DATASET=false";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Plenum.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path form(String survey) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("form-" + System.nanoTime()));
        Files.writeString(folder.resolve("survey.csv"), survey);
        Files.writeString(folder.resolve("choices.csv"), """
                list_name,name,label::English (en),label::Français (fr)
                yes_no,yes,Yes,Oui
                yes_no,no,No,Non
                """);
        Files.writeString(folder.resolve("settings.csv"), """
                form_title,form_id,version,default_language
                CLI test survey (synthetic),cli-test,2026,English (en)
                """);
        return folder;
    }

    @Test
    void importExportAndTheirErrors() throws Exception {
        Path form = form("""
                type,name,label::English (en),label::Français (fr),required
                select_one yes_no,has_strategy,Has a strategy?,A une stratégie ?,yes
                integer,staff,How many staff?,Combien d'agents ?,
                """);
        Run imported = run("import", "xlsform", form.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Questionnaire cli-test edition 2026: 2 questions in 1 sections, saved");
        Run again = run("import", "xlsform", form.toString());
        assertThat(again.out()).contains("unchanged (the same form was imported before)");

        Run broken = run("import", "xlsform", form("""
                type,name,label::English (en)
                geopoint,where,Where
                integer,staff,
                """).toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("2 problems:")
                .contains("sheet survey, row 2, column type: unknown type 'geopoint'")
                .contains("sheet survey, row 3, column label::English (en): 'staff' has no label in the default"
                        + " language (en)")
                .contains("Nothing was imported.");

        Path responses = Files.writeString(temp.resolve("answers.csv"), """
                chamber,has_strategy,staff,colour
                ES-LC01,maybe,12,red
                """);
        Run unknownColumn = run("import", "responses", responses.toString(), "--questionnaire=cli-test",
                "--edition=2026");
        assertThat(unknownColumn.status()).isEqualTo(1);
        assertThat(unknownColumn.err()).contains("answers.csv, row 1, column D (colour): no question of cli-test 2026"
                + " is named 'colour'").contains("Nothing was imported.");
        Files.writeString(responses, """
                chamber,has_strategy,staff
                XX-LC01,yes,3
                """);
        Run unknownChamber = run("import", "responses", responses.toString(), "--questionnaire=cli-test",
                "--edition=2026");
        assertThat(unknownChamber.status()).isEqualTo(1);
        assertThat(unknownChamber.err()).contains("answers.csv, row 2, column A (chamber): 'XX-LC01' is not a chamber"
                + " of the registry");

        Path workbook = temp.resolve("cli-test.xlsx");
        Run exported = run("export", "xlsform", "--questionnaire=cli-test", "--edition=2026", "--out=" + workbook);
        assertThat(exported.status()).as(exported.err()).isZero();
        Edition written = XlsFormReader.read(XlsFormSheets.read(workbook));
        assertThat(written).isEqualTo(XlsFormReader.read(form));
        Run missing = run("export", "xlsform", "--questionnaire=cli-test", "--edition=1999", "--out=" + workbook);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("questionnaire cli-test has no edition 1999");
    }
}
