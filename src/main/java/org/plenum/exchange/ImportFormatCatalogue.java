package org.plenum.exchange;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenum.exchange.ipu.IpuCompareReader;
import org.plenum.exchange.ipu.IpuRankingReader;
import org.plenum.exchange.ipu.historical.IpuHistoricalReader;
import org.plenum.exchange.parlgov.ParlGovReader;
import org.plenum.exchange.popolo.PopoloReader;
import org.plenum.exchange.reference.ReferenceReader;
import org.plenum.exchange.responses.ResponsesImport;
import org.plenum.exchange.xlsform.XlsFormImport;

/**
 * The import formats, as declared by {@link ImportFormat} on the readers: read from the annotations of the classes
 * listed in {@link #DECLARING} (loaded, not initialised; no application is started), so the command line can print
 * them and check a format's name, files and options before anything starts.
 */
public final class ImportFormatCatalogue {

    /**
     * One declared format.
     *
     * @param examples its options as {@link ImportFormat#options()} declares them, with an example value where they
     *                 take one ({@code delay=500ms}, {@code restart})
     */
    public record Entry(String name, String arguments, String description, boolean readsFiles, List<String> examples,
                        Set<String> flags, int version, boolean streams) {
        public Entry {
            examples = List.copyOf(examples);
            flags = Set.copyOf(flags);
        }

        /** The largest file it takes, refused before it is read (docs/decisions/0022, 0028). */
        public long maxFileBytes() {
            return streams ? ImportLimits.MAX_STREAMED_FILE_BYTES : ImportLimits.MAX_FILE_BYTES;
        }

        /** The names of its options. */
        public Set<String> options() {
            return examples.stream().map(o -> o.split("=", 2)[0]).collect(java.util.stream.Collectors.toSet());
        }

        /** Its options as the usage shows them: {@code --delay=500ms, --restart}. */
        public String optionsUsage() {
            return String.join(", ", examples.stream().map(o -> "--" + o).toList());
        }

        /** Its usage: {@code plenum import parline <base-url> [--delay=500ms] [--restart]}. */
        public String usage() {
            return "plenum import " + name + " " + arguments + examples.stream().map(o -> " [--" + o + "]").collect(
                    java.util.stream.Collectors.joining());
        }
    }

    /**
     * The classes that carry {@link ImportFormat}. Listed rather than found by a scan of this package's 240 classes,
     * which took 0.2 to 0.4 s of every {@code plenum import} (decision 0071); {@code ImportFormatCatalogueTest} fails,
     * naming the class, when a declaration is missing here.
     */
    static final List<Class<?>> DECLARING = List.of(IpuCompareReader.class, IpuHistoricalReader.class,
            IpuRankingReader.class, ParlGovReader.class, ParlineImport.class, PopoloReader.class, ReferenceReader.class,
            ResponsesImport.class, XlsFormImport.class);

    private static volatile List<Entry> formats;

    private ImportFormatCatalogue() {
    }

    /** Every declared format, by name. */
    public static List<Entry> formats() {
        List<Entry> found = formats;
        if (found == null) {
            found = read();
            formats = found;
        }
        return found;
    }

    public static Optional<Entry> format(String name) {
        return formats().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names, separated by commas. */
    public static String names() {
        return String.join(", ", formats().stream().map(Entry::name).toList());
    }

    /** A wrong command line: the message, and the exit status (2, or 1 for a file that cannot be read). */
    public record Mistake(int status, String message) {
    }

    /**
     * Checks {@code import <format> <argument>... [options]} before anything starts: a declared format, its
     * arguments, files that exist and can be read, and only the format's own options (besides the application's,
     * such as {@code --PLENUM_DATA_DIR}).
     */
    public static Optional<Mistake> checkImport(List<String> args, List<String> options) {
        if (args.isEmpty()) {
            return Optional.of(new Mistake(2, usage()));
        }
        Optional<Entry> format = format(args.get(0));
        if (format.isEmpty()) {
            return Optional.of(new Mistake(2, "plenum import: unknown format '" + args.get(0) + "'; the formats are: " + names()));
        }
        Entry entry = format.get();
        if (args.size() < 2) {
            return Optional.of(new Mistake(2, "plenum import " + entry.name() + ": no " + (entry.readsFiles() ? "file" : "argument")
                    + " given\nusage: " + entry.usage()));
        }
        if (!entry.readsFiles() && args.size() > 2) {
            return Optional.of(new Mistake(2, "plenum import " + entry.name() + ": takes one argument, got "
                    + String.join(" ", args.subList(1, args.size())) + "\nusage: " + entry.usage()));
        }
        for (String option : options) {
            String name = option.substring(2).split("=", 2)[0];
            if (!ExportCommandLine.isApplicationProperty(name) && !entry.options().contains(name)) {
                return Optional.of(new Mistake(2, "plenum import " + entry.name() + ": unknown option --" + name
                        + (entry.options().isEmpty() ? "; this format takes none" : "; its options are " + entry.optionsUsage())));
            }
        }
        if (entry.readsFiles()) {
            for (String name : args.subList(1, args.size())) {
                java.nio.file.Path path = java.nio.file.Path.of(name);
                if (!java.nio.file.Files.isRegularFile(path) || !java.nio.file.Files.isReadable(path)) {
                    return Optional.of(new Mistake(1, "plenum import: " + name + ": no such readable file"));
                }
                try {
                    ImportLimits.checkSize(path, entry.maxFileBytes());
                } catch (UnusableFileException | java.io.UncheckedIOException e) {
                    return Optional.of(new Mistake(1, "plenum import: " + e.getMessage() + "\nNothing was imported."));
                }
            }
        }
        return Optional.empty();
    }

    /** The usage of {@code plenum import}: one line per format. */
    public static String usage() {
        StringBuilder usage = new StringBuilder("usage: plenum import <format> <file>... [--name=value...]\nformats:\n");
        int width = formats().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (Entry f : formats()) {
            usage.append("  ").append(f.name()).append(" ".repeat(width - f.name().length() + 2)).append(f.arguments())
                    .append(f.examples().stream().map(o -> " [--" + o + "]").collect(java.util.stream.Collectors.joining()))
                    .append("\n  ").append(" ".repeat(width + 2)).append(f.description()).append('\n');
        }
        return usage.toString();
    }

    private static List<Entry> read() {
        return DECLARING.stream().map(type -> {
            ImportFormat a = type.getAnnotation(ImportFormat.class);
            if (a == null) {
                throw new IllegalStateException(type.getName() + " is listed as an import format but has no @ImportFormat");
            }
            return new Entry(a.name(), a.arguments(), a.description(), a.readsFiles(), List.of(a.options()),
                    Set.of(a.flags()), a.version(), a.streams());
        }).sorted(Comparator.comparing(Entry::name)).toList();
    }
}
