package org.plenum.stewardship.proposals;

import java.util.Optional;

/**
 * A proposal in a list, as the pages show it: number, kind (in words), parliament (code and name), title, who sent it
 * and when, state (in words and as an id for its style), the editor's comment, where an editor reviews it and, once
 * approved, where the record it became is.
 */
public record ProposalRow(long id, String kind, String kindLabel, String parliament, String parliamentName,
                          String title, String submitter, String sent, String state, String stateId, String comment,
                          String reviewHref, Optional<String> resultHref) {
}
