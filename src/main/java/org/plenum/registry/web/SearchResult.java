package org.plenum.registry.web;

/**
 * One result of the search page: the name in the reader's language, what it is ("Country", "Chamber, France"), the
 * page's address, the other name it was found by (empty when found by its own name), and whether it is a former
 * country.
 */
public record SearchResult(String name, String kind, String href, String matchedName, boolean former) {
}
