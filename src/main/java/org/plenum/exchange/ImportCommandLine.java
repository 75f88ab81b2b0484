package org.plenum.exchange;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.accounts.Initiator;
import org.plenum.assessment.AssessmentException;
import org.plenum.exchange.parline.HarvestFailedException;
import org.plenum.exchange.responses.ResponsesImport;
import org.plenum.exchange.xlsform.XlsFormImport;
import org.plenum.exchange.parline.HarvestOptions;
import org.plenum.registry.InvalidBatchException;
import org.plenum.registry.WriterBusyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code plenum import <format> <file>...}: imports files into the configured database and prints
 * what it did. Exit status 0 when the import ran (rejected rows are listed), 1 when a file cannot be
 * used or the data cannot be written (nothing is written then), 2 for a wrong command line.
 */
@Component
public class ImportCommandLine {

    private final ImportService imports;
    /** Made only for {@code import parline} (it sets up an HTTP client): a file import does without it. */
    private final ObjectProvider<ParlineImport> parline;
    private final Environment environment;

    private final ObjectProvider<XlsFormImport> xlsForms;
    private final ObjectProvider<ResponsesImport> responseFiles;

    ImportCommandLine(ImportService imports, ObjectProvider<ParlineImport> parline, Environment environment,
                      ObjectProvider<XlsFormImport> xlsForms, ObjectProvider<ResponsesImport> responseFiles) {
        this.imports = imports;
        this.parline = parline;
        this.environment = environment;
        this.xlsForms = xlsForms;
        this.responseFiles = responseFiles;
    }

    /**
     * {@code import xlsform <form.xlsx|folder>} and {@code import responses --questionnaire=Q --edition=E <file>}:
     * a questionnaire's edition, or responses to one (decisions 0057, 0059). Every problem is listed; nothing is
     * written when there is one.
     */
    private int assessment(String format, List<String> args, PrintStream out, PrintStream err) {
        String actor = Initiator.commandLine().auditName();
        try {
            if (format.equals(XlsFormImport.FORMAT)) {
                if (args.size() != 2) {
                    err.println("plenum import xlsform: one workbook or folder at a time\nusage: "
                            + ImportFormatCatalogue.format(format).orElseThrow().usage());
                    return 2;
                }
                out.print(xlsForms.getObject().run(Path.of(args.get(1)), actor).render());
                return 0;
            }
            String questionnaire = environment.getProperty("questionnaire");
            String edition = environment.getProperty("edition");
            if (questionnaire == null || questionnaire.isBlank() || edition == null || edition.isBlank()) {
                err.println("plenum import responses: --questionnaire=Q and --edition=E are needed\nusage: "
                        + ImportFormatCatalogue.format(format).orElseThrow().usage());
                return 2;
            }
            if (args.size() != 2) {
                err.println("plenum import responses: one file at a time");
                return 2;
            }
            out.print(responseFiles.getObject().run(questionnaire.strip(), edition.strip(),
                    InputFile.of(Path.of(args.get(1))), actor).render());
            return 0;
        } catch (AssessmentException e) {
            err.println("plenum import " + format + ": " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem:" : " problems:"));
            e.problems().forEach(p -> err.println("  " + p));
            err.println("Nothing was imported.");
            return 1;
        } catch (UnusableFileException | UncheckedIOException e) {
            err.println("plenum import " + format + ": " + e.getMessage() + "\nNothing was imported.");
            return 1;
        }
    }

    /**
     * Runs {@code import <format> <argument>...}. The command line is checked as before the start
     * ({@link ImportFormatCatalogue#checkImport}: format, arguments, readable files within the size limit); the format's
     * options come as Spring properties.
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<ImportFormatCatalogue.Mistake> mistake = ImportFormatCatalogue.checkImport(args, List.of());
        if (mistake.isPresent()) {
            err.println(mistake.get().message());
            return mistake.get().status();
        }
        String format = args.get(0);
        if (format.equals(ParlineImport.FORMAT)) {
            return harvest(args.get(1), out, err);
        }
        if (format.equals(XlsFormImport.FORMAT) || format.equals(ResponsesImport.FORMAT)) {
            return assessment(format, args, out, err);
        }
        List<InputFile> files = new ArrayList<>();
        for (String name : args.subList(1, args.size())) {
            files.add(InputFile.of(Path.of(name)));
        }
        try {
            out.print(imports.importFiles(format, files).render());
            return 0;
        } catch (IllegalArgumentException e) {
            // a reader of one file at a time given several (ipu-ranking, ipu-compare, ipu-historical)
            err.println("plenum import " + format + ": " + e.getMessage() + "; import the files one by one\nNothing was imported.");
            return 2;
        } catch (UnusableFileException e) {
            err.println("plenum import: " + e.getMessage() + "\nNothing was imported.");
            return 1;
        } catch (WriterBusyException e) {
            err.println("plenum import: " + e.getMessage() + "\nNothing was imported.");
            return 1;
        } catch (InvalidBatchException e) {
            err.println("plenum import: the data cannot be written:");
            e.problems().forEach(p -> err.println("  " + p));
            err.println("Nothing was imported.");
            return 1;
        }
    }

    /**
     * {@code import parline <base-url>}: the options come as Spring properties ({@code --delay=500ms},
     * {@code --page-size=5000}, {@code --retries=5}, {@code --restart}), since every {@code --name=value} is one.
     */
    private int harvest(String url, PrintStream out, PrintStream err) {
        URI base;
        try {
            base = new URI(url);
            if (!List.of("http", "https").contains(String.valueOf(base.getScheme())) || base.getHost() == null) {
                err.println("plenum import parline: '" + url + "' is not an http(s) URL such as https://api.data.ipu.org/v1");
                return 2;
            }
        } catch (URISyntaxException e) {
            err.println("plenum import parline: '" + url + "' is not a URL: " + e.getReason());
            return 2;
        }
        HarvestOptions options = HarvestOptions.defaults();
        try {
            String delay = environment.getProperty("delay");
            if (delay != null) {
                options = options.withDelay(DurationStyle.detectAndParse(delay));
            }
            String pageSize = environment.getProperty("page-size");
            if (pageSize != null) {
                options = options.withPageSize(Integer.parseInt(pageSize.trim()));
            }
            String retries = environment.getProperty("retries");
            if (retries != null) {
                options = options.withRetries(Integer.parseInt(retries.trim()), options.initialBackoff());
            }
            options = options.withRestart(environment.containsProperty("restart")
                    && !"false".equalsIgnoreCase(environment.getProperty("restart")));
        } catch (IllegalArgumentException e) {
            err.println("plenum import parline: a wrong option (" + ImportFormatCatalogue.format(ParlineImport.FORMAT)
                    .orElseThrow().optionsUsage() + "): " + e.getMessage());
            return 2;
        }
        try {
            out.print(parline.getObject().run(base, options).render());
            return 0;
        } catch (HarvestFailedException e) {
            err.println("plenum import parline: " + e.getMessage()
                    + "\nNothing was imported. The pages read so far are kept: run the same command again to resume"
                    + " (--restart to start afresh).");
            return 1;
        } catch (WriterBusyException e) {
            err.println("plenum import parline: " + e.getMessage()
                    + "\nNothing was imported. The pages read are kept: run the same command again to write them.");
            return 1;
        } catch (InvalidBatchException e) {
            err.println("plenum import parline: the data cannot be written:");
            e.problems().forEach(p -> err.println("  " + p));
            err.println("Nothing was imported. The pages read are kept: run again with --restart to read the source again.");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("plenum import parline: " + e.getMessage() + "\nNothing was imported.");
            return 1;
        }
    }
}
