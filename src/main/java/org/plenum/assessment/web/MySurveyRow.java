package org.plenum.assessment.web;

/** One line of a correspondent's surveys: an open edition and one of their chambers, with the response's state. */
public record MySurveyRow(String questionnaire, String edition, String title, String chamber, String chamberName,
                          String stateId, String state, String progress, String href) {
}
