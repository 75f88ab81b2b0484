package org.plenum.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenum.registry.BatchResult;
import org.plenum.registry.FactBatch;
import org.plenum.registry.FactStore;
import org.springframework.stereotype.Service;

/**
 * Imports files of a known format: the format's reader validates them, then the fact store writes
 * everything in one transaction, or nothing. Re-running an import changes nothing.
 */
@Service
public class ImportService {

    private final Map<String, FormatReader> readers;
    private final FactStore store;

    ImportService(List<FormatReader> readers, FactStore store) {
        this.readers = readers.stream().collect(Collectors.toMap(FormatReader::format, Function.identity(),
                (a, b) -> { throw new IllegalStateException("two readers for format " + a.format()); }, TreeMap::new));
        this.store = store;
    }

    /** The import formats, by name. */
    public List<String> formats() {
        return List.copyOf(readers.keySet());
    }

    public Optional<FormatReader> reader(String format) {
        return Optional.ofNullable(readers.get(format));
    }

    /**
     * Reads and writes the files.
     *
     * @throws UnknownFormatException                          when no reader has that name
     * @throws UnusableFileException                           when a file cannot be used at all (nothing is written)
     * @throws org.plenum.registry.InvalidBatchException when the data cannot be written as a whole (nothing is written)
     */
    public ImportReport importFiles(String format, List<InputFile> files) {
        return importFiles(format, files, Optional.empty());
    }

    /**
     * Reads and writes the files, recorded as known since {@code knownSince} when their source attests it (the first
     * load of the bundled dataset: decision 0030), else when written.
     */
    ImportReport importFiles(String format, List<InputFile> files, Optional<java.time.Instant> knownSince) {
        FormatReader reader = reader(format).orElseThrow(() -> new UnknownFormatException(format, formats()));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file given for format " + format);
        }
        ParsedFile parsed = reader.read(files);
        return write(format, files.stream().map(InputFile::name).toList(), parsed, List.of(), knownSince);
    }

    /**
     * Writes what a reader read (files, or a harvested API: {@link ParlineImport}) in one batch, and reports it;
     * {@code notes} join the report's warnings.
     */
    ImportReport write(String format, List<String> names, ParsedFile read, List<String> notes) {
        return write(format, names, read, notes, Optional.empty());
    }

    private ImportReport write(String format, List<String> names, ParsedFile read, List<String> notes,
                               Optional<java.time.Instant> knownSince) {
        ParsedFile parsed = ImportScreen.screen(read);
        BatchResult result = store.apply(new FactBatch("import " + format + " " + String.join(" ", names),
                parsed.entities(), parsed.facts(), knownSince));
        List<String> rejected = new ArrayList<>();
        parsed.rejected().forEach(r -> rejected.add(r.toString()));
        rejected.addAll(result.rejected());
        List<String> warnings = new ArrayList<>(parsed.warnings().stream().map(ImportWarning::toString).toList());
        warnings.addAll(notes);
        return new ImportReport(format, names, parsed.rowsRead(), result.entitiesAdded(), result.added(), result.changed(),
                result.unchanged(), rejected, warnings, result.publication(), parsed.rejectedBeyond());
    }
}
