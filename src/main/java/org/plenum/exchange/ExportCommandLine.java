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

    static final String USAGE = "usage: plenum export <report> --format=<format> [--year=Y --month=M ...] [--out=FILE]\n"
            + "reports: " + String.join(", ", DownloadService.REPORTS) + "\nformats: " + ExportRequest.formats();

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
        if (args.size() != 1) {
            err.println(args.isEmpty() ? USAGE : "plenum export: one report at a time, got " + String.join(" ", args)
                    + "\n" + USAGE);
            return 2;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String option : options) {
            String name = option.substring(2).split("=", 2)[0];
            if (isApplicationProperty(name)) {
                continue;
            }
            if (!option.contains("=")) {
                err.println("plenum export: --" + name + " needs a value: --" + name + "=...");
                return 2;
            }
            if (parameters.put(name, option.substring(option.indexOf('=') + 1)) != null) {
                err.println("plenum export: --" + name + " is given twice; give it once");
                return 2;
            }
        }
        String target = parameters.remove("out");
        ExportFile file;
        try {
            file = downloads.export(ExportRequest.of(args.get(0), parameters));
        } catch (BadExportParameter e) {
            String option = e.parameter().equals("report") ? "report" : "--" + e.parameter();
            err.println("plenum export: " + option + ": " + e.getMessage());
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
            err.println("plenum export: cannot write " + (target == null ? "to standard output" : target) + ": " + e);
            return 1;
        }
    }

    /**
     * The command line with each {@code --name value} written {@code --name=value}, so that both spellings work
     * ({@code export compare --field current_women_percent}): an option without {@code =} takes the next word as its
     * value when that word is not an option itself.
     */
    public static String[] joinSpacedValues(String[] args) {
        List<String> joined = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && !arg.contains("=") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                joined.add(arg + "=" + args[++i]);
            } else {
                joined.add(arg);
            }
        }
        return joined.toArray(String[]::new);
    }

    /** Options that configure the application (a property name with a dot, or an upper-case environment name). */
    private static boolean isApplicationProperty(String name) {
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
