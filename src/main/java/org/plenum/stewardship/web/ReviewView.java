package org.plenum.stewardship.web;

import java.util.List;

/**
 * A submission as its reviewer (or its submitter, read-only) sees it.
 *
 * @param decidable whether the viewer may decide on it now (an editor, and the submission is sent)
 */
public record ReviewView(long id, int version, String chamber, String chamberName, String profileHref, String submitter,
                         String submitted, String state, String stateId, String reviewer, String reviewComment,
                         List<ReviewRow> rows, List<Message> messages, boolean conflicts, boolean decidable,
                         boolean editable, String editHref) {
}
