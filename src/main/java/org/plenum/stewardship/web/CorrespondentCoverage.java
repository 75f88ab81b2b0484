package org.plenum.stewardship.web;

/**
 * A chamber on the editors' page of correspondents: whether it has an active correspondent, its last election and
 * its last update (approval), and whether it needs attention.
 */
public record CorrespondentCoverage(String chamber, String name, String href, String correspondents, String lastElection,
                                    String lastUpdate, boolean noCorrespondent, boolean stale) {
}
