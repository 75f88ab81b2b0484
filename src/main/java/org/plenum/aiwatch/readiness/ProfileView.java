package org.plenum.aiwatch.readiness;

import java.util.List;
import java.util.Optional;
import org.plenum.web.chart.RenderedChart;

/**
 * A readiness profile as its page shows it: every text in the reader's language, numbers formatted.
 *
 * @param chamber      the chamber's code
 * @param chamberName  "Country: Chamber"
 * @param overall      the overall score, formatted (one decimal), or "—"
 * @param overallLevel the overall level's name
 * @param chart        the dimensions' scores as bars
 * @param completedOn  the date the self-assessment was last completed
 */
public record ProfileView(String chamber, String chamberName, String overall, String overallLevel,
                          String overallLevelCode, List<DimensionRow> dimensions, Optional<RenderedChart> chart,
                          List<GapRow> gaps, List<DimensionSteps> steps, String completedOn, String edition,
                          String frameworkVersion, boolean published) {

    /** A dimension: its score, level and what the level means; the peers' spread when shown. */
    public record DimensionRow(String code, String title, String score, String level,
                               String levelCode, String levelMeaning, String peers) {
    }

    /** An indicator scoring low: its dimension, its points of its maximum, and the answers that gave them. */
    public record GapRow(String dimension, String indicator, String points, String answers) {
    }

    /** The recommended steps of one dimension, for its level. */
    public record DimensionSteps(String code, String title, String level, List<StepRow> steps) {
    }

    /** A step: what to do, the gaps it addresses, the use cases that fit it. */
    public record StepRow(String code, String title, String text, List<String> addresses, List<UseCaseLink> useCases) {
    }

    /** A use case of the library: its address and title (its id when the library does not have it). */
    public record UseCaseLink(String id, String title, String href, boolean found) {
    }
}
