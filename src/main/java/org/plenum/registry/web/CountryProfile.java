package org.plenum.registry.web;

import java.util.List;

/**
 * A country's page ({@code /parliament/FR/}): the country, its parliament's name and structure, and each chamber.
 *
 * @param structure  the structure's label in the reader's language ("Bicameral"), empty when not recorded
 * @param apiLinks   the same data in the API (label, address)
 */
public record CountryProfile(String code, String name, String parliamentName, String structure, boolean former,
                             List<ChamberProfile> chambers, List<Link> apiLinks) {

    /** A labelled link. */
    public record Link(String label, String href) {
    }
}
