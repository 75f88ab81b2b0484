package org.plenum.assessment.web;

import java.util.List;
import org.plenum.assessment.web.SurveyViews.ProblemLink;
import org.plenum.assessment.web.SurveyViews.SectionView;

/**
 * A correspondent's form for one chamber and edition, or its read-only view once submitted.
 *
 * @param editable  whether it is a form (no response yet, a draft, or returned) or read-only
 * @param notice    a message at the top ({@code saved}, {@code submitted}, {@code stale}, …; empty for none)
 * @param answered  the required answers given, of {@code required}
 * @param selfAssessment whether the edition is a self-assessment (submitting completes it; no editor reviews it)
 * @param next      where to go after a successful submit (a local address given by the page that linked to the
 *                  form; empty: back to the form)
 */
public record SurveyFormPage(String questionnaire, String edition, String title, String description, String chamber,
                             String chamberName, String action, int version, String stateId, String state,
                             boolean editable, String reviewComment, int answered, int required, String notice,
                             List<ProblemLink> problems, List<SectionView> sections,
                             boolean selfAssessment, String next) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
