package org.plenum;

import static org.assertj.core.api.Assertions.assertThat;

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

    private CommandRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--PLENUM_DATA_DIR=" + temp.resolve("data");
        all[args.length + 1] = "--PLENUM_LOAD_BUNDLED_DATASET=false";
        return CommandRun.of(all);
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
        CommandRun imported = run("import", "xlsform", form.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Questionnaire cli-test edition 2026: 2 questions in 1 sections, saved");
        CommandRun again = run("import", "xlsform", form.toString());
        assertThat(again.out()).contains("unchanged (the same form was imported before)");

        CommandRun broken = run("import", "xlsform", form("""
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
        CommandRun unknownColumn = run("import", "responses", responses.toString(), "--questionnaire=cli-test",
                "--edition=2026");
        assertThat(unknownColumn.status()).isEqualTo(1);
        assertThat(unknownColumn.err()).contains("answers.csv, row 1, column D (colour): no question of cli-test 2026"
                + " is named 'colour'").contains("Nothing was imported.");
        Files.writeString(responses, """
                chamber,has_strategy,staff
                XX-LC01,yes,3
                """);
        CommandRun unknownChamber = run("import", "responses", responses.toString(), "--questionnaire=cli-test",
                "--edition=2026");
        assertThat(unknownChamber.status()).isEqualTo(1);
        assertThat(unknownChamber.err()).contains("answers.csv, row 2, column A (chamber): 'XX-LC01' is not a chamber"
                + " of the registry");

        Path workbook = temp.resolve("cli-test.xlsx");
        CommandRun exported = run("export", "xlsform", "--questionnaire=cli-test", "--edition=2026", "--out=" + workbook);
        assertThat(exported.status()).as(exported.err()).isZero();
        Edition written = XlsFormReader.read(XlsFormSheets.read(workbook));
        assertThat(written).isEqualTo(XlsFormReader.read(form));
        CommandRun missing = run("export", "xlsform", "--questionnaire=cli-test", "--edition=1999", "--out=" + workbook);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("questionnaire cli-test has no edition 1999");
    }
}
