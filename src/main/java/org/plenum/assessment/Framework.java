package org.plenum.assessment;

import java.util.List;

/**
 * A scoring framework (decision 0050): how answers to a questionnaire become a score on a 1–10 scale. Data, not code:
 * read from a JSON document whose layout {@code docs/assessment-method.md} describes; versioned, and every published
 * score names the framework's code and version.
 *
 * @param code          e.g. {@code dmi} (Plenum's Digital Maturity Index), {@code legislative-openness}
 * @param version       e.g. {@code 2024.1}; a changed rule is a new version
 * @param questionnaire the questionnaire whose answers it scores (any of its editions that has the questions)
 * @param title         its name
 * @param description   what it measures and how, in a paragraph
 * @param areas         the areas, each a weighted group of indicators
 * @param bands         the bands from the lowest score up ("least" to "most digitally mature")
 * @param missing       what an unanswered question counts for
 * @param practices     the practices whose share among respondents is reported (e.g. a multi-year digital strategy)
 */
public record Framework(String code, String version, String questionnaire, Text title, Text description,
                        List<Area> areas, List<Band> bands, MissingPolicy missing, List<Practice> practices) {

    public Framework {
        areas = List.copyOf(areas);
        bands = List.copyOf(bands);
        practices = List.copyOf(practices);
    }

    /** An area (e.g. "Governance and strategy") and its weight in the overall score. */
    public record Area(String code, Text title, double weight, List<Indicator> indicators) {
        public Area {
            indicators = List.copyOf(indicators);
        }
    }

    /** One indicator: a rule over answers giving points, and its weight within its area. */
    public record Indicator(String code, Text title, double weight, Rule rule) {
    }

    /**
     * A band of the overall score: scores from {@code from} (inclusive) up to the next band's {@code from}.
     *
     * @param code e.g. {@code least}, {@code emerging}, {@code developing}, {@code advanced}, {@code most}
     */
    public record Band(double from, String code, Text label) {
    }

    /**
     * The written policy for unanswered questions.
     *
     * @param treatment             {@code ZERO}: an unanswered indicator scores 0 points of its maximum;
     *                              {@code SKIP}: it is left out of its area (the area is scored on the others)
     * @param minimumShareAnswered  the share (0–1) of an area's indicator weight that must be answered for the area
     *                              to have a score; a respondent with an unscored area has no overall score
     * @param explanation           the policy in words, shown with every score
     */
    public record MissingPolicy(Treatment treatment, double minimumShareAnswered, Text explanation) {
        public enum Treatment { ZERO, SKIP }
    }

    /** A practice counted among respondents: those whose answer to {@code condition} holds. */
    public record Practice(String code, Text title, Rule.AnyOf condition) {
    }
}
