package org.plenum.stewardship.web;

/** A submission in a list: its number, chamber, who sent it, when, its state (in words), and where to open it. */
public record SubmissionRow(long id, String chamber, String chamberName, String submitter, String date, String state,
                            String stateId, String fields, String href) {
}
