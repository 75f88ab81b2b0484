package org.plenum.stats.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * What changed between two revisions of a publication: for each resource (a ranking row by country, an average by
 * area and chambers), the figures a reader compares, from what to what; resources that appeared or disappeared.
 */
final class PublicationDiff {

    /** One changed figure. {@code field} is a path in the resource's attributes, e.g. {@code lower_chamber/women}. */
    record Change(String id, String label, String field, JsonNode from, JsonNode to) {
    }

    static final String LISTED = "listed";
    static final String OTHER = "other";

    private static final Map<PublishedReport, List<String>> FIELDS = Map.of(
            PublishedReport.WOMEN_RANKING, List.of("standing", "rank", "women_percent", "lower_chamber/members",
                    "lower_chamber/women", "lower_chamber/last_election", "upper_chamber/members", "upper_chamber/women",
                    "upper_chamber/women_percent", "upper_chamber/last_election"),
            PublishedReport.WOMEN_AVERAGES, List.of("chamber_count", "seats", "women", "women_percent"));

    private PublicationDiff() {
    }

    /** The changes from {@code before} to {@code after}, both arrays of JSON:API resources, in the order of {@code after}. */
    static List<Change> between(PublishedReport report, JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = byId(before);
        Map<String, JsonNode> now = byId(after);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : now.entrySet()) {
            JsonNode earlier = old.get(entry.getKey());
            JsonNode attributes = entry.getValue().get("attributes");
            if (earlier == null) {
                changes.add(new Change(entry.getKey(), label(attributes), LISTED, NullNode.getInstance(), attributes));
                continue;
            }
            int found = changes.size();
            for (String field : FIELDS.get(report)) {
                JsonNode from = value(earlier.get("attributes"), field);
                JsonNode to = value(attributes, field);
                if (!same(from, to)) {
                    changes.add(new Change(entry.getKey(), label(attributes), field, from, to));
                }
            }
            if (changes.size() == found && !earlier.equals(entry.getValue())) {
                // Something else changed (a name, a change since an earlier month): the whole resource, before and after.
                changes.add(new Change(entry.getKey(), label(attributes), OTHER, earlier, entry.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                JsonNode attributes = entry.getValue().get("attributes");
                changes.add(new Change(entry.getKey(), label(attributes), LISTED, attributes, NullNode.getInstance()));
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> byId(JsonNode resources) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        resources.forEach(resource -> byId.put(resource.get("id").asString(), resource));
        return byId;
    }

    private static JsonNode value(JsonNode attributes, String field) {
        JsonNode node = attributes.at("/" + field);
        return node.isMissingNode() ? NullNode.getInstance() : node;
    }

    /** Numbers compare by value (63.8 and 63.80 are the same share). */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    /** The country's English name, or the area's; the id otherwise. */
    private static String label(JsonNode attributes) {
        JsonNode name = attributes.at("/country_name/en");
        if (name.isString()) {
            return name.asString();
        }
        JsonNode area = attributes.at("/area/label/en");
        return area.isString() ? area.asString() + " (" + attributes.at("/chambers").asString() + ")" : "";
    }

    /** A change as a line of text, e.g. {@code Rwanda (RW): lower_chamber/women 51 -> 52}. */
    static String describe(Change change) {
        String what = change.label().isEmpty() ? change.id() : change.label() + " (" + change.id() + ")";
        if (change.field().equals(LISTED)) {
            return what + (change.from().isNull() ? ": newly listed" : ": no longer listed");
        }
        if (change.field().equals(OTHER)) {
            return what + ": other figures changed";
        }
        return what + ": " + change.field() + " " + text(change.from()) + " -> " + text(change.to());
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "none" : value.isString() ? value.asString() : value.toString();
    }
}
