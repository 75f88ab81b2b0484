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
import org.plenum.exchange.export.BadExportParameter;
import org.plenum.exchange.export.DownloadService;
import org.plenum.exchange.export.ExportFile;
import org.plenum.exchange.export.ExportRequest;
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
            formats:\s""" + ExportRequest.formats() + " (sdmx-csv and sdmx-ml for sdg only)\n"
            + "e.g. plenum export women-ranking --year=2025 --month=11 --format=ipu-csv --out=ranking.csv";

    private final DownloadService downloads;

    ExportCommandLine(DownloadService downloads) {
        this.downloads = downloads;
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
        Optional<String> unwritable = checkTarget(options);
        if (unwritable.isPresent()) {
            err.println(unwritable.get());
            return 1;
        }
        String target = commandLine.out().orElse(null);
        ExportFile file;
        try {
            file = downloads.export(commandLine.request());
        } catch (BadExportParameter e) {
            err.println(message(e));
            return 2;
        }
        try {
            if (target == null) {
                out.write(file.content());
                out.flush();
            } else {
                writeAtomically(Path.of(target), file.content());
                err.println("plenum export: wrote " + file.content().length + " bytes to " + target);
            }
            return 0;
        } catch (IOException e) {
            err.println("plenum export: cannot write " + (target == null ? "to standard output" : target) + ": " + reason(e));
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

    /** A checked command line: the report's request and the {@code --out} file, if any. */
    private record CommandLine(ExportRequest request, Optional<String> out) {
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
        try {
            ExportRequest request = ExportRequest.of(args.get(0), parameters);
            DownloadService.check(request);
            return new CommandLine(request, out);
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
        return reportOrCommand.equals("age-brackets") ? "" : "country,parliament,chamber";
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
