package org.plenum.registry.web;

import java.util.List;
import java.util.Optional;

/**
 * One election as its page shows it ({@code /parliament/BE/BE-LC01/election/BE-LC01-E20240609/}, decision 0040), every
 * text in the reader's language and every number formatted; an empty text where the data have no value.
 *
 * @param figures   the election's figures (label, value): date, type, seats at stake, women elected, electorate, votes
 *                  cast, turnout...
 * @param results   the parties' results, most seats first
 * @param hemicycle the seats won by party, when the results give seats
 * @param sources   where the figures come from (the facts' sources), each once
 */
public record ElectionProfile(String code, String title, String countryCode, String countryName, String chamberName,
                              String chamberHref, List<ChamberProfile.Figure> figures, List<Result> results,
                              Optional<ChamberProfile.Chart> hemicycle, List<String> sources, String apiHref,
                              String resultsApiHref) {

    /** A party's result: its name (with its abbreviation), seats, votes and share of the votes, formatted. */
    public record Result(String party, String seats, String votes, String voteShare) {
    }
}
