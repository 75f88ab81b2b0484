package org.plenum.assessment.published;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A figure published by someone else (IPU's World e-Parliament Report), stored as theirs with its source: shown
 * beside Plenum's scores, never in Plenum's rankings.
 *
 * @param dataset      the bundled file it was read from
 * @param row          its row in that file (1 = the first data row)
 * @param publisher    who published it ({@code IPU})
 * @param indicator    what it measures, e.g. {@code multi_year_digital_strategy}, {@code digital_maturity_index}
 * @param value        the figure
 * @param unit         e.g. {@code percent}, {@code count}, {@code score 1-10}
 * @param subject      who it is about, as published: a population ("responding parliaments") or a country's name
 * @param country      Plenum's country code when it is about one country
 * @param globalRank   the published global rank (DMI scores)
 * @param regionalRank the published rank within Africa (DMI scores)
 * @param edition      the report's edition, e.g. {@code 2024}
 * @param source       where it was published (the URL, or a description where the file gives no URL)
 * @param sourceUrl    the source's address, when it has one
 * @param note         what the source leaves open (e.g. which of Burundi's two chambers)
 */
public record PublishedFigure(String dataset, int row, String publisher, String indicator, double value, String unit,
                              String subject, Optional<String> country, OptionalInt globalRank, OptionalInt regionalRank,
                              String edition, String source, Optional<String> sourceUrl, Optional<String> note) {
}
