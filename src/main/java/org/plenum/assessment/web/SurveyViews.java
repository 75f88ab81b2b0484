package org.plenum.assessment.web;

import java.util.List;

/** What the survey pages show, already in the reader's language (records for the jte templates). */
public final class SurveyViews {

    private SurveyViews() {
    }

    /** A choice as an option of an input: its name, its label, whether it is chosen. */
    public record OptionView(String name, String label, boolean selected) {
    }

    /** A row of a matrix: answered under its own name. */
    public record RowView(String name, String label, boolean required, List<OptionView> options, List<String> messages,
                          String answer) {
        public boolean invalid() {
            return !messages.isEmpty();
        }
    }

    /**
     * One question.
     *
     * @param type         {@code single_choice}, {@code multiple_choice}, {@code integer}, {@code decimal}, {@code date},
     *                     {@code text}, {@code yes_no}, {@code matrix}, {@code note}
     * @param relevant     whether it is asked given the answers saved (when not, the form keeps it hidden)
     * @param relevantJson the skip logic as a JSON tree for the static script (empty when always asked)
     * @param askedWhen    the skip logic in words (empty when always asked)
     * @param value        the answer as saved (choice names for choices)
     * @param answer       the answer as people read it (choice labels)
     */
    public record QuestionView(String name, String type, String label, String hint, boolean required, boolean relevant,
                               String relevantJson, String askedWhen, String value, String answer,
                               List<OptionView> options, boolean otherSpecify, String otherValue,
                               List<String> otherMessages, List<RowView> rows, List<String> messages,
                               String previousAnswer, String constraint) {
        public boolean invalid() {
            return !messages.isEmpty() || !otherMessages.isEmpty() || rows.stream().anyMatch(RowView::invalid);
        }

        public boolean choice() {
            return type.equals("single_choice") || type.equals("yes_no");
        }

        public boolean otherChosen() {
            return options.stream().anyMatch(o -> o.name().equals("other") && o.selected());
        }
    }

    /** A section and its questions. */
    public record SectionView(String name, String title, String hint, boolean relevant, String relevantJson,
                              String askedWhen, List<QuestionView> questions) {
    }

    /** A problem listed at the top of the form, linking to its question. */
    public record ProblemLink(String anchor, String label, String message) {
    }
}
