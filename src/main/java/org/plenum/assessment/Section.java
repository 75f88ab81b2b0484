package org.plenum.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A section of an edition (XLSForm {@code begin_group} … {@code end_group} at the top level; one level only).
 *
 * @param relevant the whole section is asked only when this expression is true
 */
public record Section(String name, Text title, Text hint, Optional<String> relevant, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
