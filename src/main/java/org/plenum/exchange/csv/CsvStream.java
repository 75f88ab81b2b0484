package org.plenum.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@link CsvRecords} one record at a time, for files too large to hold (docs/decisions/0028): the file is decoded as
 * it is read ({@link StrictUtf8Reader}) and parsed by the same Jackson reader, with the same row numbers and the same
 * messages for a file that is not UTF-8 or not CSV (raised when the reader reaches the fault). Memory stays that of
 * one record, whatever the size of the file.
 */
public final class CsvStream implements AutoCloseable {

    private static final ObjectReader READER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema());

    private final InputFile file;
    private final StrictUtf8Reader text;
    private final MappingIterator<String[]> iterator;
    private int count;
    private CsvRecord next;
    private boolean content;

    private CsvStream(InputFile file) {
        this.file = file;
        this.text = new StrictUtf8Reader(file);
        this.iterator = READER.readValues(text);
    }

    /**
     * Opens a file.
     *
     * @throws UnusableFileException when the file is UTF-16
     */
    public static CsvStream open(InputFile file) {
        byte[] head;
        try (InputStream in = file.open()) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.name() + ": " + e.getMessage(), e);
        }
        StrictUtf8.utf16(head).ifPresent(form -> {
            throw new UnusableFileException(file.name(), "the file is encoded as UTF-16 (" + form + "), not UTF-8"
                    + " (Excel's \"Unicode Text\" saves so); save it as \"CSV UTF-8\"");
        });
        CsvStream stream = new CsvStream(file);
        stream.next = stream.advance();
        return stream;
    }

    /** The next record, or empty at the end of the file. */
    public Optional<CsvRecord> next() {
        CsvRecord current = next;
        if (current != null) {
            next = advance();
        }
        return Optional.ofNullable(current);
    }

    /** Whether a record that is not blank has been read. */
    public boolean hadContent() {
        return content;
    }

    /**
     * {@link CsvRecords#requireComplete} for the record last returned by {@link #next()}.
     *
     * @throws UnusableFileException when the file looks truncated in that record
     */
    public void requireComplete(CsvRecord record, int width) {
        if (next == null && !text.endsWithLineBreak() && record.cells().size() < width) {
            throw new UnusableFileException(file.name(), "row " + record.number() + " has " + record.cells().size()
                    + " of the table's " + width + " cells and the file does not end with a line break:"
                    + " the file is truncated");
        }
    }

    private CsvRecord advance() {
        try {
            if (!iterator.hasNextValue()) {
                return null;
            }
            String[] cells = iterator.nextValue();
            CsvRecord record = new CsvRecord(++count, Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
            content |= !record.isBlank();
            return record;
        } catch (JacksonException e) {
            if (e.getCause() instanceof UnusableFileException unusable) {
                throw unusable;
            }
            throw new UnusableFileException(file.name(), describe(e, count + 1), e);
        }
    }

    private String describe(JacksonException e, int row) {
        String reason = e.getOriginalMessage();
        int end = reason.indexOf('\n');
        reason = end < 0 ? reason : reason.substring(0, end);
        TokenStreamLocation where = e.getLocation();
        String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        boolean truncated;
        try {
            while (text.read() >= 0) {
                // reads to the end to learn how the file ends
            }
            truncated = !text.endsWithLineBreak();
        } catch (IOException | RuntimeException unreadable) {
            truncated = false;
        }
        return "row " + row + at + " is not valid CSV: " + reason
                + (truncated ? "; the file does not end with a line break, it looks truncated" : "");
    }

    @Override
    public void close() {
        try {
            iterator.close();
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
