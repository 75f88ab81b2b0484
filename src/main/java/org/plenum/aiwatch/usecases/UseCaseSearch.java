package org.plenum.aiwatch.usecases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of the library and what it found (decision 0067).
 */
public final class UseCaseSearch {

    /** The facets, in the order shown. */
    public static final List<String> FACETS = List.of("category", "country", "status", "year");

    private UseCaseSearch() {
    }

    /**
     * What a reader asks.
     *
     * @param text     the words (Lucene's syntax where valid; otherwise searched as plain words); empty: every use case
     * @param language {@code en} searches the English text, {@code fr} the French text (and the English of the use
     *                 cases not translated)
     * @param filters  facet → chosen value (e.g. {@code category → chatbots}, {@code year → 2024})
     */
    public record Query(String text, String language, Map<String, String> filters) {

        public Query {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
            filters = Map.copyOf(filters);
            if (!language.equals("en") && !language.equals("fr")) {
                throw new IllegalArgumentException("language '" + language + "' is neither en nor fr");
            }
            for (String facet : filters.keySet()) {
                if (!FACETS.contains(facet)) {
                    throw new IllegalArgumentException("'" + facet + "' is no facet (" + FACETS + ")");
                }
            }
        }

        public boolean hasText() {
            return !text.isBlank();
        }
    }

    /** A highlighted passage of one field: {@code html} is escaped text with the matches in {@code <mark>}. */
    public record Snippet(String field, String html) {
    }

    /**
     * A use case found.
     *
     * @param titleHtml the title in the search's language, escaped, with the matches in {@code <mark>}
     * @param snippets  passages of the other fields that match, in the fields' order
     * @param language  the language of the text the highlights come from ({@code en} for a use case not translated)
     */
    public record Hit(LibraryEntry entry, float score, String titleHtml, List<Snippet> snippets, String language) {
    }

    /** A facet's value and how many use cases have it among those found (with the other facets' choices applied). */
    public record FacetCount(String value, int count) {
    }

    /**
     * @param escaped whether the text was not valid search syntax and was searched as plain words
     */
    public record Result(Query query, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean escaped,
                         Optional<String> note) {

        public int total() {
            return hits.size();
        }
    }
}
