package org.plenum.exchange;

import java.util.List;
import java.util.Map;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.FactAssertion;

/**
 * What a reader made of one input file, before anything is written: the entities and facts it
 * found, the rows it refused with their reasons, what it noticed but imported anyway
 * ({@link ImportWarning}), and how many data rows it read in all. A reader that streams a large file keeps only its
 * first rejections in {@code rejected} and counts the others by reason in {@code rejectedBeyond} ({@link Rejections}).
 */
public record ParsedFile(String file, int rowsRead, List<EntityDeclaration> entities,
                         List<FactAssertion> facts, List<RejectedRow> rejected, List<ImportWarning> warnings,
                         Map<String, Long> rejectedBeyond) {
    public ParsedFile {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        rejectedBeyond = Map.copyOf(rejectedBeyond);
    }

    public ParsedFile(String file, int rowsRead, List<EntityDeclaration> entities, List<FactAssertion> facts,
                      List<RejectedRow> rejected, List<ImportWarning> warnings) {
        this(file, rowsRead, entities, facts, rejected, warnings, Map.of());
    }

    /** A file read without warnings. */
    public ParsedFile(String file, int rowsRead, List<EntityDeclaration> entities, List<FactAssertion> facts,
                      List<RejectedRow> rejected) {
        this(file, rowsRead, entities, facts, rejected, List.of());
    }

    /** A file read with the rejections of a {@link Rejections}. */
    public ParsedFile(String file, int rowsRead, List<EntityDeclaration> entities, List<FactAssertion> facts,
                      Rejections rejections, List<ImportWarning> warnings) {
        this(file, rowsRead, entities, facts, rejections.kept(), warnings, rejections.beyond());
    }

    /** How many rows were rejected in all. */
    public long rejectedCount() {
        return rejected.size() + rejectedBeyond.values().stream().mapToLong(Long::longValue).sum();
    }
}
