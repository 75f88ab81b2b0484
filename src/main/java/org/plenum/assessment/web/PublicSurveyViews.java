package org.plenum.assessment.web;

import java.util.List;

/** What the public survey pages show, in the reader's language. */
public final class PublicSurveyViews {

    private PublicSurveyViews() {
    }

    /** A questionnaire and its editions, newest first. */
    public record QuestionnaireRow(String code, String title, String description, List<EditionRow> editions) {
    }

    /** An edition with its number of accepted responses and its addresses. */
    public record EditionRow(String edition, String title, long responses, boolean publicResponses, String href,
                             String xlsformHref, String responsesHref) {
    }

    /** A question as the public edition page lists it. */
    public record QuestionRow(String name, String label, String hint, String type, boolean required, String askedWhen,
                              String constraint, List<String> choices, List<String> rows, boolean otherSpecify) {
    }

    /** A section as the public edition page lists it. */
    public record SectionRow(String name, String title, String hint, String askedWhen, List<QuestionRow> questions) {
    }

    /** A published response in the list of an edition's responses. */
    public record ResponseRow(String key, String label, String organisation, String chamber, boolean synthetic,
                              String href) {
    }
}
