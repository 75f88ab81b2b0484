package org.plenum.exchange.popolo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.csv.ReaderOutput;
import tools.jackson.databind.JsonNode;

/**
 * The legislative periods of a Popolo file: its events of classification {@code legislative period}, whose dates
 * a membership without its own takes. Other events (elections) are not read, nor rejected. A period without a
 * text id, with a missing or unreadable start, an unreadable end, an end before its start, another organization
 * than the legislature, or an id another event also uses, is rejected, and so are the memberships in it.
 */
final class LegislativePeriods {

    static final String CLASSIFICATION = "legislative period";

    /** One period; {@code end} is empty while the period is still running. */
    record Period(String id, String pointer, PartialDate start, Optional<PartialDate> end) {
    }

    private LegislativePeriods() {
    }

    static IdIndex<Period> read(JsonDocument doc, Legislature legislature, ReaderOutput out) {
        IdIndex<Period> periods = new IdIndex<>("legislative period");
        JsonNode events = doc.root().get("events");
        if (events == null || events.isNull()) {
            return periods;
        }
        Map<String, List<String>> repeated = Ids.repeated(events, "/events");
        for (int i = 0; i < events.size(); i++) {
            String pointer = "/events/" + i;
            JsonNode event = events.get(i);
            if (!event.isObject() || !CLASSIFICATION.equals(JsonDocument.text(event, "classification").orElse(""))) {
                continue;
            }
            Optional<String> id = JsonDocument.text(event, "id").filter(s -> !s.isBlank());
            if (id.isEmpty()) {
                out.reject(doc.reject(pointer + "/id", JsonDocument.textProblem(event, "id").orElse("the legislative period has no id")));
                continue;
            }
            if (repeated.containsKey(id.get())) {
                out.reject(doc.reject(pointer + "/id", Ids.repeatedReason(id.get(), repeated.get(id.get()), pointer)));
                periods.refuse(id.get(), "its id is used by " + String.join(" and ", repeated.get(id.get())));
                continue;
            }
            Optional<String> problem = problem(event, legislature);
            if (problem.isPresent()) {
                out.reject(doc.reject(pointer, problem.get()));
                periods.refuse(id.get(), pointer + ": " + problem.get());
                continue;
            }
            PartialDate start = PartialDate.parse(JsonDocument.text(event, "start_date").orElseThrow()).orElseThrow();
            Optional<PartialDate> end = JsonDocument.text(event, "end_date").flatMap(PartialDate::parse);
            periods.accept(id.get(), new Period(id.get(), pointer, start, end));
        }
        return periods;
    }

    private static Optional<String> problem(JsonNode event, Legislature legislature) {
        Optional<String> organizationId = JsonDocument.text(event, "organization_id");
        if (organizationId.isEmpty()) {
            return Optional.of("the legislative period has no organization_id: Plenum cannot tell whose period it is");
        }
        String organization = organizationId.get();
        if (!organization.equals(legislature.id())) {
            return Optional.of("the legislative period belongs to the organization '" + organization
                    + "', not to the legislature '" + legislature.id() + "'");
        }
        Optional<String> startText = JsonDocument.text(event, "start_date");
        if (startText.isEmpty()) {
            return Optional.of("the legislative period has no start_date");
        }
        Optional<PartialDate> start = PartialDate.parse(startText.get());
        if (start.isEmpty()) {
            return Optional.of("start_date '" + startText.get() + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        JsonNode endNode = event.get("end_date");
        if (endNode == null || endNode.isNull()) {
            return Optional.empty();
        }
        Optional<PartialDate> end = endNode.isString() ? PartialDate.parse(endNode.stringValue()) : Optional.empty();
        if (end.isEmpty()) {
            return Optional.of("end_date " + endNode + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        if (end.get().last().isBefore(start.get().first())) {
            return Optional.of("the legislative period ends (" + end.get() + ") before it starts (" + start.get() + ")");
        }
        return Optional.empty();
    }
}
