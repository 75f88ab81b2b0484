package org.plenum.aiwatch.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.aiwatch.ActionSource;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.PolicyAction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An action as a JSON document (decision 0065): what the table {@code ai_action} and each version of
 * {@code ai_action_version} store, and the fields, in order, that the downloads and the API write. The field names
 * are those of the files ({@code title_english}, {@code in_force}…).
 */
public final class ActionDocument {

    /** The fields of an action in the files' order; {@code sources} and {@code related} are lists. */
    public static final List<String> FIELDS = List.of("id", "country", "chambers", "chamber_names", "type", "title",
            "title_english", "language", "introduced", "adopted", "in_force", "status", "status_note", "summary",
            "sources", "related", "ipu", "publisher", "origin", "recorded_at", "updated_at");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ActionDocument() {
    }

    /** The action's fields as JSON values: strings, booleans, lists ({@code null} for a date the source lacks). */
    public static Map<String, Object> values(ActionRecord record) {
        PolicyAction a = record.action();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", a.id());
        values.put("country", a.country());
        values.put("chambers", a.chambers());
        values.put("chamber_names", record.chamberNames());
        values.put("type", a.type().code());
        values.put("title", a.title());
        values.put("title_english", a.titleEnglish());
        values.put("language", a.language());
        values.put("introduced", a.introduced().map(PartialDate::toString).orElse(null));
        values.put("adopted", a.adopted().map(PartialDate::toString).orElse(null));
        values.put("in_force", a.inForce().map(PartialDate::toString).orElse(null));
        values.put("status", a.status().code());
        values.put("status_note", a.statusNote());
        values.put("summary", a.summary());
        List<Map<String, String>> sources = new ArrayList<>();
        for (ActionSource s : a.sources()) {
            Map<String, String> source = new LinkedHashMap<>();
            source.put("url", s.url());
            source.put("publisher", s.publisher());
            source.put("seen", s.seen());
            sources.add(source);
        }
        values.put("sources", sources);
        values.put("related", a.related());
        values.put("ipu", a.ipu());
        values.put("publisher", record.publisher());
        values.put("origin", record.origin());
        values.put("recorded_at", a.recordedAt() == null ? null : a.recordedAt().toString());
        values.put("updated_at", a.updatedAt() == null ? null : a.updatedAt().toString());
        return values;
    }

    /** The fields as one line of text each, as a CSV cell or a change's before and after show them. */
    public static Map<String, String> texts(ActionRecord record) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values(record).entrySet()) {
            texts.put(e.getKey(), text(e.getKey(), e.getValue()));
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static String text(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (field.equals("sources")) {
            List<String> lines = new ArrayList<>();
            for (Map<String, String> s : (List<Map<String, String>>) value) {
                lines.add(s.get("publisher") + " | " + s.get("url") + " | " + s.get("seen"));
            }
            return String.join("\n", lines);
        }
        if (value instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The changes from {@code before} to {@code after}, field by field (times and version left out). */
    public static List<ActionVersion.FieldChange> changes(ActionRecord before, ActionRecord after) {
        Map<String, String> b = texts(before);
        Map<String, String> a = texts(after);
        List<ActionVersion.FieldChange> changes = new ArrayList<>();
        for (String field : FIELDS) {
            if (field.equals("recorded_at") || field.equals("updated_at") || field.equals("origin")) {
                continue;
            }
            if (!b.get(field).equals(a.get(field))) {
                changes.add(new ActionVersion.FieldChange(field, b.get(field), a.get(field)));
            }
        }
        return changes;
    }

    static String write(ActionRecord record) {
        Map<String, Object> values = values(record);
        values.remove("recorded_at");
        values.remove("updated_at");
        values.put("seed_key", record.seedKey());
        return JSON.writeValueAsString(values);
    }

    static String writeChanges(List<ActionVersion.FieldChange> changes) {
        return JSON.writeValueAsString(changes.stream().map(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", c.field());
            m.put("before", c.before());
            m.put("after", c.after());
            return m;
        }).toList());
    }

    static List<ActionVersion.FieldChange> readChanges(String json) {
        List<ActionVersion.FieldChange> changes = new ArrayList<>();
        for (JsonNode c : JSON.readTree(json)) {
            changes.add(new ActionVersion.FieldChange(c.path("field").asString(), c.path("before").asString(),
                    c.path("after").asString()));
        }
        return changes;
    }

    static ActionRecord read(String json, Instant recordedAt, Instant updatedAt, int version) {
        JsonNode d = JSON.readTree(json);
        List<ActionSource> sources = new ArrayList<>();
        for (JsonNode s : d.path("sources")) {
            sources.add(new ActionSource(s.path("url").asString(), s.path("publisher").asString(),
                    s.path("seen").asString()));
        }
        PolicyAction action = new PolicyAction(d.path("id").asString(), d.path("country").asString(),
                strings(d.path("chambers")), ActionType.ofCode(d.path("type").asString()).orElseThrow(),
                d.path("title").asString(), d.path("title_english").asString(), d.path("language").asString(),
                date(d, "introduced"), date(d, "adopted"), date(d, "in_force"),
                ActionStatus.ofCode(d.path("status").asString()).orElseThrow(), d.path("status_note").asString(),
                d.path("summary").asString(), sources, strings(d.path("related")), d.path("ipu").asBoolean(),
                recordedAt, updatedAt);
        return new ActionRecord(action, d.path("publisher").asString(), d.path("chamber_names").asString(),
                d.path("origin").asString(), d.path("seed_key").asString(""), version);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    private static Optional<PartialDate> date(JsonNode d, String field) {
        JsonNode n = d.path(field);
        return n.isMissingNode() || n.isNull() || n.asString().isEmpty() ? Optional.empty()
                : Optional.of(PartialDate.parse(n.asString()));
    }
}
