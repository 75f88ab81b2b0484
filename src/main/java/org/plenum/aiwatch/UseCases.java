package org.plenum.aiwatch;

import java.util.List;
import java.util.Optional;

/** The AI use-case library (decision 0062): what other parts of Plenum read. Search is the library's own. */
public interface UseCases {

    Optional<UseCase> find(String id);

    /** Every use case, by id. */
    List<UseCase> all();
}
