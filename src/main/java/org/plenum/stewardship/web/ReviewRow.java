package org.plenum.stewardship.web;

import java.util.List;
import java.util.Optional;
import org.plenum.web.chart.RenderedChart;

/**
 * One item of a submission on the review page: old → new with their dates, the source given, the correspondent's
 * note, the checks' findings, a conflict with a value published meanwhile, the values of other sources, the decision
 * and the field's history chart.
 */
public record ReviewRow(int position, String field, String label, String oldValue, String oldFrom, String newValue,
                        String newFrom, String source, String note, List<Message> messages, Optional<String> conflict,
                        List<String> otherSources, String decision, String decisionId, Optional<RenderedChart> chart) {
}
