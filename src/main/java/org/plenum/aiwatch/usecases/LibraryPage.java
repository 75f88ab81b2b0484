package org.plenum.aiwatch.usecases;

import java.util.List;
import java.util.Map;

/**
 * The library's page {@code /ai/use-cases}: the search, its facets, and either the hits (with highlights) or, without
 * a search, every use case by category.
 *
 * @param searching whether words or a facet were chosen (then {@link #hits}; otherwise {@link #byCategory})
 * @param facets    facet → its values with counts and labels, in the order shown
 * @param chosen    facet → the chosen value ({@code ""} when none)
 */
public record LibraryPage(String query, boolean searching, boolean escaped, int total, List<Hit> hits,
                          List<Group> byCategory, Map<String, List<Facet>> facets, Map<String, String> chosen,
                          String downloadQuery) {

    /** A hit: its view, its highlighted title and passages (escaped HTML with {@code <mark>}). */
    public record Hit(UseCaseView view, String titleHtml, List<Snippet> snippets) {
    }

    /** A highlighted passage under its field's heading. */
    public record Snippet(String heading, String html) {
    }

    /** The use cases of a category. */
    public record Group(UseCaseCategory category, String name, List<UseCaseView> useCases) {
    }

    /** A facet's value, its label in the reader's language and its count. */
    public record Facet(String value, String label, int count) {
    }
}
