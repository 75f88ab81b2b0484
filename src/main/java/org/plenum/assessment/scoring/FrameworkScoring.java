package org.plenum.assessment.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;
import org.springframework.stereotype.Service;

/** {@link Scoring} over the stored frameworks and the accepted responses. */
@Service
class FrameworkScoring implements Scoring {

    private final FrameworkCatalogue catalogue;
    private final Questionnaires questionnaires;
    private final Responses responses;

    FrameworkScoring(FrameworkCatalogue catalogue, Questionnaires questionnaires, Responses responses) {
        this.catalogue = catalogue;
        this.questionnaires = questionnaires;
        this.responses = responses;
    }

    @Override
    public List<Framework> frameworks() {
        return catalogue.all().stream().map(FrameworkCatalogue.Stored::framework).toList();
    }

    @Override
    public Optional<Framework> framework(String code) {
        return catalogue.newest(code).map(FrameworkCatalogue.Stored::framework);
    }

    @Override
    public Optional<Framework> framework(String code, String version) {
        return catalogue.find(code, version).map(FrameworkCatalogue.Stored::framework);
    }

    @Override
    public ScoreCard score(Framework framework, Edition edition, Respondent respondent, Answers answers) {
        requireScorable(framework, edition);
        return ScoreCalculator.score(framework, edition.edition(), respondent, answers);
    }

    @Override
    public List<Ranked> ranking(Framework framework, String edition) {
        Edition asked = questionnaires.edition(framework.questionnaire(), edition).orElseThrow(() ->
                new AssessmentException("questionnaire " + framework.questionnaire() + " has no edition " + edition));
        return ranking(framework, asked,
                responses.list(framework.questionnaire(), edition, Set.of(ResponseState.ACCEPTED)));
    }

    @Override
    public List<Ranked> ranking(Framework framework, Edition edition, List<Response> scored) {
        requireScorable(framework, edition);
        return Ranker.rank(scored.stream()
                .map(r -> ScoreCalculator.score(framework, edition.edition(), r.respondent(), r.answers())).toList());
    }

    private static void requireScorable(Framework framework, Edition edition) {
        List<String> problems = FrameworkDocumentReader.problemsWith(framework, edition);
        if (!problems.isEmpty()) {
            throw new AssessmentException(problems.size() + " problem(s) scoring " + edition.questionnaire() + " "
                    + edition.edition() + " under " + framework.code() + " " + framework.version() + ": "
                    + String.join("; ", problems), problems);
        }
    }
}
