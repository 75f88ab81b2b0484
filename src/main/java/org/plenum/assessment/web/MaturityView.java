package org.plenum.assessment.web;

import java.util.List;
import java.util.Optional;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.results.AssessmentResults;
import org.plenum.assessment.scoring.ScoreCalculator;
import org.plenum.web.PageContext;

/** A framework's results for a page, with the editions to choose from and the labels to show codes by. */
public record MaturityView(AssessmentResults.Results results, List<Edition> editions, MaturityLabels labels) {

    public Framework framework() {
        return results.framework();
    }

    /** The link to a page of this framework for this edition. */
    public String link(String rest) {
        return "/frameworks/" + PageContext.encode(framework().code()) + rest
                + (rest.contains("?") ? "&" : "?") + "edition=" + PageContext.encode(results.edition().edition());
    }

    public int bandIndex(Framework.Band band) {
        return framework().bands().indexOf(band);
    }

    /** The band's CSS class: {@code band band-0} (lowest) to {@code band band-4} (highest). */
    public String bandClass(Framework.Band band) {
        return "band band-" + MaturityLabels.bandLevel(bandIndex(band), framework().bands().size());
    }

    public String shown(double score) {
        return labels.page().decimal(ScoreCalculator.rounded(score), 1);
    }

    /** A framework on the landing page, with its results for its default edition (when it has one). */
    public record Landing(Framework framework, Optional<AssessmentResults.Results> results) {
    }

    public String areaTitle(String code) {
        return framework().areas().stream().filter(a -> a.code().equals(code)).findFirst()
                .map(a -> a.title().in(labels.page().lang())).orElse(code);
    }
}

