package org.plenum.exchange.web;

import java.util.List;

/** The model of the editors' upload page ({@code exchange/survey-import.jte}). */
public final class SurveyImportPage {

    private SurveyImportPage() {
    }

    /** What the page shows after a POST: which form, what happened, the problems. */
    public record Outcome(String form, String message, List<String> problems, String link, boolean error) {
        static final Outcome NONE = new Outcome("", "", List.of(), "", false);

        Outcome(String form, String message, List<String> problems, String link) {
            this(form, message, problems, link, !problems.isEmpty());
        }

        public static Outcome error(String form, String message) {
            return new Outcome(form, message, List.of(), "", true);
        }
    }

    /** An edition to choose in the responses form. */
    public record EditionOption(String value, String label, boolean selected) {
    }

}
