package org.plenum.exchange.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plenum.exchange.ImportWarning;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * Collects what a reader finds across its input files: entity declarations (each once, parents
 * before children), fact assertions, rejected rows, warnings and the number of data rows read.
 */
public final class ReaderOutput {

    private final Set<EntityDeclaration> entities = new LinkedHashSet<>();
    private final List<FactAssertion> facts = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int rowsRead;

    public void declare(EntityDeclaration declaration) {
        entities.add(declaration);
    }

    public void fact(EntityRef entity, String field, ValidTime validTime, FactValue value, String source) {
        facts.add(FactAssertion.of(entity, field, validTime, value, source));
    }

    public void fact(EntityRef entity, String field, ValidTime validTime, FactValue value, String annotation,
                     String source) {
        facts.add(new FactAssertion(entity, field, validTime, value, annotation, source));
    }

    /** The list rejected rows go to; hand it to {@link Cells}. */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    public void reject(RejectedRow row) {
        rejected.add(row);
    }

    /** How many rejections so far; with {@link #rejectedSince} a reader tells whether a row had a rejected cell. */
    public int mark() {
        return rejected.size();
    }

    public boolean rejectedSince(int mark) {
        return rejected.size() > mark;
    }

    /** Takes back a declaration made for a row that turned out to be rejected (docs/decisions/0028). */
    public void withdraw(EntityDeclaration declaration) {
        entities.remove(declaration);
    }

    /** Something noticed and imported anyway. */
    public void warn(ImportWarning warning) {
        warnings.add(warning);
    }

    public void countRows(int rows) {
        rowsRead += rows;
    }

    /** Counts all the data rows of {@code file} as read, and rejects its malformed ones. */
    public void countRowsAndRejectMalformed(CsvFile file) {
        countRows(file.dataRowCount());
        file.malformedRows().forEach(this::reject);
    }

    /**
     * What was read. A rejected cell rejects its whole row (docs/decisions/0028): the facts read from a CSV row with a
     * rejection ({@code <file> row <n>}) are left out, so the recorded values of that row stay as they are and no row is
     * imported in part.
     */
    public ParsedFile toParsedFile(String file) {
        List<EntityDeclaration> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparingInt(d -> d.entity().type().ordinal()));
        Set<String> rejectedRows = new java.util.HashSet<>();
        for (RejectedRow row : rejected) {
            if (row.row() > 0 && !row.column().isEmpty() && !row.column().startsWith("/")) {
                rejectedRows.add(row.file() + " row " + row.row());
            }
        }
        List<FactAssertion> kept = rejectedRows.isEmpty() ? facts
                : facts.stream().filter(f -> !rejectedRows.contains(f.source())).toList();
        return new ParsedFile(file, rowsRead, ordered, kept, rejected, warnings);
    }
}
