package org.plenum.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A controlled vocabulary (e.g. {@code struct_parl_status}: lower_chamber, upper_chamber, unicameral). */
public record Taxonomy(String id, Map<String, String> label, List<Term> terms) {

    public Taxonomy {
        label = Labels.of(label);
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String termId) {
        return terms.stream().filter(t -> t.id().equals(termId)).findFirst();
    }

    /** One term: its stable id and its label by language. */
    public record Term(String id, Map<String, String> label) {
        public Term {
            label = Labels.of(label);
        }
    }
}
