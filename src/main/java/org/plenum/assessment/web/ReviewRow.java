package org.plenum.assessment.web;

/** One line of the editors' queue of submitted responses. */
public record ReviewRow(long id, String title, String edition, String respondent, String submitter, String submitted,
                        String href) {
}
