package org.plenum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.exchange.ImportFormatCatalogue;

/**
 * The command line as a newcomer meets it: help, version and every mistake are answered before anything starts
 * (the data directory given is never created, so no database was opened).
 */
class PlenumCommandLineTest {

    @TempDir
    Path temp;

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private String dataDir() {
        return "--PLENUM_DATA_DIR=" + temp.resolve("never-created");
    }

    @Test
    void helpInEveryFormListsEveryCommandAndFormat() {
        for (String[] help : new String[][]{{"help"}, {"--help"}, {"-h"}}) {
            CommandRun run = run(help);
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("import <format>", "export <report>", "publish", "--version")
                    .contains("ipu-ranking", "ipu-historical", "ipu-compare", "parlgov", "reference", "popolo")
                    .contains("women-ranking", "women-averages", "age-brackets", "sdg", "compare")
                    .contains("ipu-csv", "xlsx", "sdmx-csv");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void helpOfOneCommand() {
        CommandRun importHelp = run("help", "import");
        assertThat(importHelp.status()).isZero();
        assertThat(importHelp.out()).startsWith("usage: plenum import").contains("popolo", "<ep-popolo-v1.0.json>");
        assertThat(run("export", "--help").out()).startsWith("usage: plenum export").contains("--from-year");
        assertThat(run("help", "frobnicate").status()).isEqualTo(2);
    }

    @Test
    void versionFromTheJarOrTheDevelopmentBuild() {
        CommandRun run = run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("plenum ");
    }

    @Test
    void theFormatsAreTheAnnotatedReadersAndTheHarvester() {
        assertThat(ImportFormatCatalogue.formats()).extracting(ImportFormatCatalogue.Entry::name)
                .containsExactly("ipu-compare", "ipu-historical", "ipu-ranking", "parlgov", "parline", "popolo", "reference",
                        "responses", "xlsform");
    }

    @Test
    void mistakesAreReportedBeforeAnythingStarts() {
        assertThat(run("frobnicate", dataDir())).extracting(CommandRun::status).isEqualTo(2);
        CommandRun month = run("export", "women-ranking", "--year", "2025", "--month", "13", "--format", "ipu-csv", dataDir());
        assertThat(month.status()).isEqualTo(2);
        assertThat(month.err()).contains("--month").contains("between 1 and 12");
        CommandRun unknown = run("export", "women-ranking", "--year=2025", "--month=11", "--format=ipu-csv", "--colour=red", dataDir());
        assertThat(unknown.err()).contains("--colour").contains("Unknown parameter 'colour'");
        CommandRun format = run("import", "ipu-rankin", "file.csv", dataDir());
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'ipu-rankin'").contains("popolo");
        CommandRun missing = run("import", "ipu-ranking", temp.resolve("no-such.csv").toString(), dataDir());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no such readable file");
        CommandRun tooLarge = run("import", "ipu-compare", sparseFile("compare-33mb.csv", 33L << 20).toString(), dataDir());
        assertThat(tooLarge.status()).isEqualTo(1);
        assertThat(tooLarge.err()).contains("compare-33mb.csv").contains("up to 32 MB").contains("Nothing was imported.");
        CommandRun noValue = run("publish", "--year", dataDir());
        assertThat(noValue.status()).isEqualTo(2);
        assertThat(run("serve", "--port=9090", dataDir()).err()).contains("unknown option --port").contains("--SERVER_PORT");
        assertThat(temp.resolve("never-created")).doesNotExist();
        // the ranking is read a row at a time (decision 0028): a file of that size is read (the application starts)
        // and refused for what it holds
        CommandRun streamed = run("import", "ipu-ranking", sparseFile("ranking-33mb.csv", 33L << 20).toString(), dataDir());
        assertThat(streamed.status()).isEqualTo(1);
        assertThat(streamed.err()).contains("ranking-33mb.csv").contains("no ranking table").doesNotContain("up to 32 MB");
    }

    /** A file of that many bytes that takes no room on the disk (its content is never read). */
    private Path sparseFile(String name, long bytes) {
        Path path = temp.resolve(name);
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return path;
    }

    @Test
    void theAssessmentFormatsAreCheckedBeforeAnythingStarts() throws Exception {
        CommandRun noEdition = run("export", "xlsform", "--questionnaire=eparliament", dataDir());
        assertThat(noEdition.status()).isEqualTo(2);
        assertThat(noEdition.err()).contains("xlsform needs --questionnaire=Q and --edition=E");
        CommandRun csv = run("export", "xlsform", "--questionnaire=eparliament", "--edition=2024", "--format=csv", dataDir());
        assertThat(csv.status()).isEqualTo(2);
        assertThat(csv.err()).contains("xlsform is written as xlsx only");
        Path file = Files.writeString(temp.resolve("responses.csv"), "chamber\n");
        CommandRun colour = run("import", "responses", file.toString(), "--questionnaire=eparliament", "--colour=red", dataDir());
        assertThat(colour.status()).isEqualTo(2);
        assertThat(colour.err()).contains("unknown option --colour").contains("--questionnaire=eparliament, --edition=2024");
        assertThat(run("help", "import").out()).contains("xlsform", "<form.xlsx|folder>", "responses",
                "<file.csv|file.xlsx> [--questionnaire=eparliament] [--edition=2024]");
        assertThat(run("help", "export").out()).contains("xlsform         --questionnaire=Q --edition=E");
        assertThat(temp.resolve("never-created")).doesNotExist();
    }

    @Test
    void exportIntoAMissingFolderIsOneLine() {
        CommandRun run = run("export", "women-ranking", "--year=2025", "--month=11", "--format=ipu-csv",
                "--out", temp.resolve("missing/ranking.csv").toString(), dataDir());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("plenum export: cannot write " + temp.resolve("missing/ranking.csv")
                + ": the folder " + temp.resolve("missing") + " does not exist; create it first");
        assertThat(temp.resolve("never-created")).doesNotExist();
    }

    @Test
    void compareFieldWithASpaceIsTheSameAsWithAnEqualsSign() {
        Arguments spaced = Arguments.parse(new String[]{"export", "compare", "--field", "current_women_percent",
                "--from-year", "2019", "--to-year=2020", "--format", "csv"}, Set.of());
        assertThat(spaced.words()).containsExactly("export", "compare");
        assertThat(spaced.options()).containsExactly("--field=current_women_percent", "--from-year=2019",
                "--to-year=2020", "--format=csv");
    }

    @Test
    void flagsTakeNoValueAndOptionsAreGivenOnce() {
        Arguments flags = Arguments.parse(new String[]{"import", "parline", "--restart", "https://example.org", "--debug"},
                Set.of("restart"));
        assertThat(flags.words()).containsExactly("import", "parline", "https://example.org");
        assertThat(flags.options()).containsExactly("--restart", "--debug");
        assertThatThrownBy(() -> Arguments.parse(new String[]{"export", "--year=2024", "--year", "2025"}, Set.of()))
                .hasMessageContaining("--year is given twice");
        assertThatThrownBy(() -> Arguments.parse(new String[]{"export", "-x"}, Set.of())).hasMessageContaining("'-x'");
    }

    @Test
    void anExistingFileIsAcceptedForImportBeforeStart() throws Exception {
        Path file = Files.writeString(temp.resolve("ranking.csv"), "x");
        assertThat(ImportFormatCatalogue.checkImport(java.util.List.of("ipu-ranking", file.toString()), java.util.List.of())).isEmpty();
        assertThat(ImportFormatCatalogue.checkImport(java.util.List.of("ipu-ranking", file.toString()), java.util.List.of("--delay=1s")))
                .hasValueSatisfying(m -> assertThat(m.message()).contains("unknown option --delay"));
    }
}
