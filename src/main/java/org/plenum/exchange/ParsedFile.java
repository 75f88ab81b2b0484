package org.plenum.exchange;

import java.util.List;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.FactAssertion;

/**
 * What a reader made of one input file, before anything is written: the entities and facts it
 * found, the rows it refused with their reasons, what it noticed but imported anyway
 * ({@link ImportWarning}), and how many data rows it read in all.
 */
public record ParsedFile(String file, int rowsRead, List<EntityDeclaration> entities,
                         List<FactAssertion> facts, List<RejectedRow> rejected, List<ImportWarning> warnings) {
    public ParsedFile {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A file read without warnings. */
    public ParsedFile(String file, int rowsRead, List<EntityDeclaration> entities, List<FactAssertion> facts,
                      List<RejectedRow> rejected) {
        this(file, rowsRead, entities, facts, rejected, List.of());
    }
}
