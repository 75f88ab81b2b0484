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

    public ParsedFile toParsedFile(String file) {
        List<EntityDeclaration> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparingInt(d -> d.entity().type().ordinal()));
        return new ParsedFile(file, rowsRead, ordered, facts, rejected, warnings);
    }
}
