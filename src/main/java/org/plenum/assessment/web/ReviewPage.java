package org.plenum.assessment.web;

import java.util.List;
import org.plenum.assessment.web.SurveyViews.ProblemLink;
import org.plenum.assessment.web.SurveyViews.SectionView;

/** An editor's view of one response: every answer, the previous edition's, the problems, the decision form. */
public record ReviewPage(long id, String title, String edition, String respondent, String submitter, String submitted,
                         String stateId, String state, String reviewer, String reviewComment, int version,
                         boolean decidable, String previousEdition, String notice, List<ProblemLink> problems,
                         List<SectionView> sections) {
}
