package org.plenum.exchange;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plenum.exchange.parline.HarvestFailedException;
import org.plenum.exchange.parline.HarvestOptions;
import org.plenum.registry.InvalidBatchException;
import org.plenum.registry.WriterBusyException;
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

    static final String PARLINE_USAGE = "plenum import parline <base-url> [--delay=500ms] [--page-size=5000] [--retries=5] [--restart]";

    private final ImportService imports;
    private final ParlineImport parline;
    private final Environment environment;

    ImportCommandLine(ImportService imports, ParlineImport parline, Environment environment) {
        this.imports = imports;
        this.parline = parline;
        this.environment = environment;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: plenum import <format> <file>...\n       " + PARLINE_USAGE + "\nformats: " + formats());
            return 2;
        }
        String format = args.get(0);
        if (format.equals(ParlineImport.FORMAT)) {
            return harvest(args.subList(1, args.size()), out, err);
        }
        if (imports.reader(format).isEmpty()) {
            err.println("plenum import: unknown format '" + format + "'; the formats are: " + formats());
            return 2;
        }
        if (args.size() < 2) {
            err.println("plenum import " + format + ": no file given");
            return 2;
        }
        List<InputFile> files = new ArrayList<>();
        for (String name : args.subList(1, args.size())) {
            Path path = Path.of(name);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                err.println("plenum import: " + name + ": no such readable file");
                return 1;
            }
            try {
                ImportLimits.checkSize(path, imports.reader(format).orElseThrow().maxFileBytes());
            } catch (UnusableFileException e) {
                err.println("plenum import: " + e.getMessage() + "\nNothing was imported.");
                return 1;
            }
            files.add(InputFile.of(path));
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

    private String formats() {
        List<String> all = new ArrayList<>(imports.formats());
        all.add(ParlineImport.FORMAT);
        return String.join(", ", all.stream().sorted().toList());
    }

    /**
     * {@code import parline <base-url>}: the options come as Spring properties ({@code --delay=500ms},
     * {@code --page-size=5000}, {@code --retries=5}, {@code --restart}), since every {@code --name=value} is one.
     */
    private int harvest(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: " + PARLINE_USAGE);
            return 2;
        }
        URI base;
        try {
            base = new URI(args.get(0));
            if (!List.of("http", "https").contains(String.valueOf(base.getScheme())) || base.getHost() == null) {
                err.println("plenum import parline: '" + args.get(0) + "' is not an http(s) URL such as https://api.data.ipu.org/v1");
                return 2;
            }
        } catch (URISyntaxException e) {
            err.println("plenum import parline: '" + args.get(0) + "' is not a URL: " + e.getReason());
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
            err.println("plenum import parline: a wrong option (--delay=500ms, --page-size=5000, --retries=5, --restart): "
                    + e.getMessage());
            return 2;
        }
        try {
            out.print(parline.run(base, options).render());
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
