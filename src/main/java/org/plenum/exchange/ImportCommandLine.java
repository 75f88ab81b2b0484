package org.plenum.exchange;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plenum.registry.InvalidBatchException;
import org.springframework.stereotype.Component;

/**
 * {@code plenum import <format> <file>...}: imports files into the configured database and prints
 * what it did. Exit status 0 when the import ran (rejected rows are listed), 1 when a file cannot be
 * used or the data cannot be written (nothing is written then), 2 for a wrong command line.
 */
@Component
public class ImportCommandLine {

    private final ImportService imports;

    ImportCommandLine(ImportService imports) {
        this.imports = imports;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: plenum import <format> <file>...\nformats: " + String.join(", ", imports.formats()));
            return 2;
        }
        String format = args.get(0);
        if (imports.reader(format).isEmpty()) {
            err.println("plenum import: unknown format '" + format + "'; the formats are: " + String.join(", ", imports.formats()));
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
                ImportLimits.checkSize(path);
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
        } catch (InvalidBatchException e) {
            err.println("plenum import: the data cannot be written:");
            e.problems().forEach(p -> err.println("  " + p));
            err.println("Nothing was imported.");
            return 1;
        }
    }
}
