package org.plenum.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.exchange.bulk.BulkBuild;
import org.plenum.exchange.bulk.BulkDownloads;
import org.plenum.exchange.export.BadExportParameter;
import org.plenum.exchange.export.DownloadService;
import org.plenum.exchange.export.ExportRequest;
import org.plenum.exchange.xlsform.XlsFormWriter;
import org.plenum.registry.PublishedRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code plenum export <report> --format=F [--year=Y --month=M …] [--out=FILE]}: writes a report in a format
 * to FILE, or to standard output without {@code --out}. The file is written to a temporary file next to it and
 * moved into place, so a failure leaves no half-written file. Exit status 0 when written, 1 when the file cannot
 * be written, 2 for a wrong command line (the message names the option).
 */
@Component
public class ExportCommandLine {

    public static final String USAGE = """
            usage: plenum export <report> --format=<format> [options] [--out=FILE]   (standard output without --out)
            reports and their options:
              women-ranking   --year=Y --month=M     IPU's monthly ranking of women in parliament (first day of the month)
              women-averages  --year=Y --month=M     world and regional averages of women in parliament
              age-brackets    --year=Y --month=M [--chamber=ES-LC01]   members aged 30, 40, 45 or under, mean age
              sdg             --year=Y [--series=SG_GEN_PARL,...]       SDG 5.5.1(a) and 16.7.1(a)
              compare         --field=F [--structure=lower|upper|any | --chambers=ES-LC01,...] --from-year=Y --to-year=Y
              xlsform         --questionnaire=Q --edition=E   a questionnaire's edition as an XLSForm workbook (.xlsx; no --format)
              bulk            --out=DIR              everything with every value's history: plenum-bulk-pN.zip (tidy CSV)
                                                     and plenum-bulk-pN.jsonl.gz written into the folder DIR (no --format)
            formats:\s""" + ExportRequest.formats() + " (sdmx-csv and sdmx-ml for sdg only)\n"
            + "e.g. plenum export women-ranking --year=2025 --month=11 --format=ipu-csv --out=ranking.csv";

    /** The report name of the bulk download. */
    public static final String BULK = "bulk";
    /** The report name of a questionnaire's XLSForm. */
    public static final String XLSFORM = "xlsform";

    private final DownloadService downloads;
    private final BulkDownloads bulk;
    private final PublishedRegistry registry;

    private final ObjectProvider<Questionnaires> questionnaires;

    ExportCommandLine(DownloadService downloads, BulkDownloads bulk, PublishedRegistry registry,
                      ObjectProvider<Questionnaires> questionnaires) {
        this.downloads = downloads;
        this.bulk = bulk;
        this.registry = registry;
        this.questionnaires = questionnaires;
    }

    /**
     * @param args    the words after {@code export}: the report
     * @param options the {@code --name=value} options of the command line; Spring's own (e.g.
     *                {@code --PLENUM_DATA_DIR}, {@code --spring.…}, {@code --server.…}) are not the report's
     * @param out     where the file goes without {@code --out}
     */
    public int run(List<String> args, List<String> options, OutputStream out, PrintStream err) {
        CommandLine commandLine;
        try {
            commandLine = read(args, options);
        } catch (WrongCommandLine e) {
            err.println(e.getMessage());
            return 2;
        }
        Optional<String> unwritable = checkTarget(args, options);
        if (unwritable.isPresent()) {
            err.println(unwritable.get());
            return 1;
        }
        String target = commandLine.out().orElse(null);
        byte[] content;
        if (commandLine.xlsform().isPresent()) {
            List<String> edition = commandLine.xlsform().get();
            Optional<Edition> found = questionnaires.getObject().edition(edition.get(0), edition.get(1));
            if (found.isEmpty()) {
                err.println("plenum export xlsform: questionnaire " + edition.get(0) + " has no edition " + edition.get(1)
                        + "; the editions are: " + String.join(", ", questionnaires.getObject().editions().stream()
                        .map(e -> e.questionnaire() + " " + e.edition()).toList()));
                return 1;
            }
            content = XlsFormWriter.write(found.get());
        } else if (commandLine.request().isEmpty()) {
            return bulk(Path.of(target), err);
        } else {
            try {
                content = downloads.export(commandLine.request().get()).content();
            } catch (BadExportParameter e) {
                err.println(message(e));
                return 2;
            }
        }
        try {
            if (target == null) {
                out.write(content);
                out.flush();
            } else {
                writeAtomically(Path.of(target), content);
                err.println("plenum export: wrote " + content.length + " bytes to " + target);
            }
            return 0;
        } catch (IOException e) {
            err.println("plenum export: cannot write " + (target == null ? "to standard output" : target) + ": " + reason(e));
            return 1;
        }
    }

    private int bulk(Path folder, PrintStream err) {
        try {
            BulkBuild build = bulk.write(registry.current(), folder);
            for (BulkBuild.File file : build.files()) {
                err.println("plenum export: wrote " + file.bytes() + " bytes to " + folder.resolve(file.name())
                        + " (sha256 " + file.sha256() + ")");
            }
            err.println("plenum export: data publication " + build.publication() + ", " + build.entityRows()
                    + " entities, " + build.factRows() + " facts, in " + build.buildMillis() + " ms (" + build.cpuMillis() + " ms CPU)");
            return 0;
        } catch (java.io.UncheckedIOException e) {
            err.println("plenum export: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The checks that need neither the database nor the data: one report, options given once and with a value,
     * the report's parameters and the form of their values, a folder for {@code --out} that exists. Run before
     * anything starts.
     *
     * @return the message for a wrong command line (exit status 2), empty when it is right
     */
    public static Optional<String> check(List<String> args, List<String> options) {
        try {
            read(args, options);
            return Optional.empty();
        } catch (WrongCommandLine e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * A checked command line: the report's request (none for the bulk download) and the {@code --out} file or
     * folder, if any.
     */
    private record CommandLine(Optional<ExportRequest> request, Optional<String> out,
                               Optional<List<String>> xlsform) {
    }

    /** A wrong command line; the message names the option. */
    private static final class WrongCommandLine extends RuntimeException {
        WrongCommandLine(String message) {
            super(message);
        }
    }

    /** Reads the report and its parameters from the command line and checks them (see {@link #check}). */
    private static CommandLine read(List<String> args, List<String> options) {
        if (args.size() != 1) {
            throw new WrongCommandLine(args.isEmpty() ? USAGE : "plenum export: one report at a time, got "
                    + String.join(" ", args) + "\n" + USAGE);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String option : options) {
            String name = option.substring(2).split("=", 2)[0];
            if (isApplicationProperty(name)) {
                continue;
            }
            if (!option.contains("=")) {
                throw new WrongCommandLine("plenum export: --" + name + " needs a value: --" + name + "=... or --" + name + " ...");
            }
            if (parameters.put(name, option.substring(option.indexOf('=') + 1)) != null) {
                throw new WrongCommandLine("plenum export: --" + name + " is given twice; give it once");
            }
        }
        Optional<String> out = Optional.ofNullable(parameters.remove("out"));
        if (args.get(0).equals(BULK)) {
            if (out.isEmpty()) {
                throw new WrongCommandLine("plenum export: bulk needs --out=DIR, the folder to write its two files into");
            }
            if (!parameters.isEmpty()) {
                throw new WrongCommandLine("plenum export: bulk takes no --" + parameters.keySet().iterator().next()
                        + "; only --out=DIR");
            }
            return new CommandLine(Optional.empty(), out, Optional.empty());
        }
        if (args.get(0).equals(XLSFORM)) {
            String questionnaire = parameters.remove("questionnaire");
            String edition = parameters.remove("edition");
            String format = parameters.remove("format");
            if (questionnaire == null || edition == null) {
                throw new WrongCommandLine("plenum export: xlsform needs --questionnaire=Q and --edition=E");
            }
            if (format != null && !format.equals("xlsx")) {
                throw new WrongCommandLine("plenum export: --format: xlsform is written as xlsx only");
            }
            if (!parameters.isEmpty()) {
                throw new WrongCommandLine("plenum export: xlsform takes no --" + parameters.keySet().iterator().next()
                        + "; only --questionnaire, --edition and --out");
            }
            return new CommandLine(Optional.empty(), out, Optional.of(List.of(questionnaire, edition)));
        }
        try {
            ExportRequest request = ExportRequest.of(args.get(0), parameters);
            DownloadService.check(request);
            return new CommandLine(Optional.of(request), out, Optional.empty());
        } catch (BadExportParameter e) {
            throw new WrongCommandLine(message(e));
        }
    }

    /**
     * Whether {@code --out} names a file that can be written: a folder that exists and can be written (checked
     * before anything starts too).
     *
     * @return the message for a file that cannot be written (exit status 1), empty when it can
     */
    public static Optional<String> checkTarget(List<String> args, List<String> options) {
        if (!args.isEmpty() && args.get(0).equals(BULK)) {
            Optional<String> folder = options.stream().filter(o -> o.startsWith("--out=")).map(o -> o.substring(6)).findFirst();
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            Path path = Path.of(folder.get()).toAbsolutePath();
            String cannot = "plenum export: cannot write the bulk download into " + folder.get() + ": ";
            if (!Files.isDirectory(path)) {
                return Optional.of(cannot + "it is not a folder that exists; create it first");
            }
            if (!Files.isWritable(path)) {
                return Optional.of(cannot + "the folder cannot be written (permission)");
            }
            return Optional.empty();
        }
        return checkTarget(options);
    }

    /**
     * Whether {@code --out} names a file that can be written (see {@link #checkTarget(List, List)}).
     */
    public static Optional<String> checkTarget(List<String> options) {
        Optional<String> out = options.stream().filter(o -> o.startsWith("--out=")).map(o -> o.substring(6)).findFirst();
        if (out.isEmpty()) {
            return Optional.empty();
        }
        String target = out.get();
        Path path = Path.of(target);
        Path folder = path.toAbsolutePath().getParent();
        String cannot = "plenum export: cannot write " + target + ": ";
        if (target.isBlank() || Files.isDirectory(path)) {
            return Optional.of(cannot + "it is a folder; give a file name, e.g. --out=" + path.resolve("ranking.csv"));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of(cannot + "the folder " + folder + " does not exist; create it first");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of(cannot + "the folder " + folder + " cannot be written (permission)");
        }
        return Optional.empty();
    }

    private static String message(BadExportParameter e) {
        String option = e.parameter().equals("report") ? "report" : "--" + e.parameter();
        return "plenum export: " + option + ": " + e.getMessage();
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The entity types a command reads from the snapshot ({@code plenum.snapshot.entity-types}): countries,
     * parliaments and chambers for the women ranking and averages (also what an import's or a publication's
     * revisions compute), compare and SDG; everything (empty) for the age brackets, which read the members.
     */
    public static String snapshotTypes(String reportOrCommand) {
        return reportOrCommand.equals("age-brackets") || reportOrCommand.equals(BULK) ? "" : "country,parliament,chamber";
    }

    /** Options that configure the application (a property name with a dot, or an upper-case environment name). */
    static boolean isApplicationProperty(String name) {
        return name.contains(".") || name.equals(name.toUpperCase(Locale.ROOT)) && name.matches(".*[A-Z].*");
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
