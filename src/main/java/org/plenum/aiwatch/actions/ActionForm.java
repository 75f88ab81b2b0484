package org.plenum.aiwatch.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plenum.aiwatch.ActionSource;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.PolicyAction;

/**
 * The fields of the form that proposes an action (decision 0065), as posted, and their checks: each problem is a
 * message key of the {@code aitracker} bundle ({@code aitracker.check.*}) under the field it is about, shown next to
 * it. {@link #draft} turns checked fields into the action the proposal carries (its id is given on approval).
 *
 * @param sources up to {@link #SOURCES} rows of url, publisher and seen
 */
public record ActionForm(String country, List<String> chambers, String type, String title, String titleEnglish,
                         String language, String introduced, String adopted, String inForce, String status,
                         String statusNote, String summary, List<String[]> sources, String related, boolean ipu) {

    public static final int SOURCES = 3;

    public static ActionForm empty(String country) {
        List<String[]> sources = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            sources.add(new String[] {"", "", ""});
        }
        return new ActionForm(country, List.of(), "", "", "", "en", "", "", "", "", "", "", sources, "", false);
    }

    /** The form as the request posted it. */
    public static ActionForm posted(Function<String, String> one, Function<String, String[]> many) {
        List<String[]> sources = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            sources.add(new String[] {text(one.apply("source_url_" + i)), text(one.apply("source_publisher_" + i)),
                    text(one.apply("source_seen_" + i))});
        }
        String[] chambers = many.apply("chambers");
        return new ActionForm(text(one.apply("country")).toUpperCase(), chambers == null ? List.of() : List.of(chambers),
                text(one.apply("type")), text(one.apply("title")), text(one.apply("title_english")),
                text(one.apply("language")).toLowerCase(), text(one.apply("introduced")), text(one.apply("adopted")),
                text(one.apply("in_force")), text(one.apply("status")), text(one.apply("status_note")),
                text(one.apply("summary")), sources, text(one.apply("related")), "yes".equals(one.apply("ipu")));
    }

    /** The form of a proposal's action (to edit a returned proposal). */
    public static ActionForm of(ActionRecord record) {
        PolicyAction a = record.action();
        List<String[]> sources = new ArrayList<>();
        for (ActionSource s : a.sources()) {
            sources.add(new String[] {s.url(), s.publisher(), s.seen()});
        }
        while (sources.size() < SOURCES) {
            sources.add(new String[] {"", "", ""});
        }
        return new ActionForm(a.country(), a.chambers(), a.type().code(), a.title(), a.titleEnglish(), a.language(),
                a.introduced().map(Object::toString).orElse(""), a.adopted().map(Object::toString).orElse(""),
                a.inForce().map(Object::toString).orElse(""), a.status().code(), a.statusNote(), a.summary(), sources,
                String.join(" ", a.related()), a.ipu());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The problems of the form: field name → message keys.
     *
     * @param countryChambers the chambers of the form's country in the registry
     * @param exists          whether an action id exists (for related actions)
     */
    public Map<String, List<String>> problems(List<String> countryChambers, Function<String, Boolean> exists) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String chamber : chambers) {
            if (!countryChambers.contains(chamber)) {
                add(problems, "chambers", "aitracker.check.chamber");
            }
        }
        if (ActionType.ofCode(type).isEmpty()) {
            add(problems, "type", "aitracker.check.type");
        }
        if (ActionStatus.ofCode(status).isEmpty()) {
            add(problems, "status", "aitracker.check.status");
        }
        if (title.isEmpty()) {
            add(problems, "title", "aitracker.check.required");
        } else if (title.length() > 1000) {
            add(problems, "title", "aitracker.check.long");
        }
        if (!language.matches("[a-z]{2}")) {
            add(problems, "language", "aitracker.check.language");
        } else if (!language.equals("en") && titleEnglish.isEmpty()) {
            add(problems, "title_english", "aitracker.check.english");
        }
        if (titleEnglish.length() > 1000) {
            add(problems, "title_english", "aitracker.check.long");
        }
        Optional<PartialDate> from = date(problems, "introduced", introduced);
        Optional<PartialDate> adoptedOn = date(problems, "adopted", adopted);
        Optional<PartialDate> inForceOn = date(problems, "in_force", inForce);
        if (from.isPresent() && adoptedOn.isPresent() && adoptedOn.get().earliest().isBefore(from.get().earliest())) {
            add(problems, "adopted", "aitracker.check.order");
        }
        if (adoptedOn.isPresent() && inForceOn.isPresent() && inForceOn.get().earliest().isBefore(adoptedOn.get().earliest())) {
            add(problems, "in_force", "aitracker.check.order");
        }
        if (summary.isEmpty()) {
            add(problems, "summary", "aitracker.check.required");
        } else if (summary.length() > 4000) {
            add(problems, "summary", "aitracker.check.long");
        }
        if (statusNote.length() > 500) {
            add(problems, "status_note", "aitracker.check.long");
        }
        int complete = 0;
        for (int i = 0; i < sources.size(); i++) {
            String[] s = sources.get(i);
            boolean blank = s[0].isEmpty() && s[1].isEmpty() && s[2].isEmpty();
            if (blank) {
                continue;
            }
            if (!s[0].matches("https?://\\S+")) {
                add(problems, "source_url_" + i, "aitracker.check.url");
            }
            if (s[1].isEmpty()) {
                add(problems, "source_publisher_" + i, "aitracker.check.required");
            }
            if (s[2].isEmpty()) {
                add(problems, "source_seen_" + i, "aitracker.check.required");
            }
            complete++;
        }
        if (complete == 0) {
            add(problems, "source_url_0", "aitracker.check.source");
        }
        for (String id : relatedIds()) {
            if (!exists.apply(id)) {
                add(problems, "related", "aitracker.check.related");
                break;
            }
        }
        return problems;
    }

    public List<String> relatedIds() {
        return related.isEmpty() ? List.of() : List.of(related.toLowerCase().split("[\\s,;]+"));
    }

    private static Optional<PartialDate> date(Map<String, List<String>> problems, String field, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(value));
        } catch (IllegalArgumentException e) {
            add(problems, field, "aitracker.check.date");
            return Optional.empty();
        }
    }

    private static void add(Map<String, List<String>> problems, String field, String key) {
        problems.computeIfAbsent(field, k -> new ArrayList<>()).add(key);
    }

    /** The action a checked form proposes (no id yet); {@code origin} says who proposed it. */
    public ActionRecord draft(String origin) {
        List<ActionSource> list = new ArrayList<>();
        for (String[] s : sources) {
            if (!s[0].isEmpty()) {
                list.add(new ActionSource(s[0], s[1], s[2]));
            }
        }
        PolicyAction action = new PolicyAction("", country, chambers, ActionType.ofCode(type).orElseThrow(), title,
                titleEnglish.isEmpty() ? title : titleEnglish, language, parse(introduced), parse(adopted), parse(inForce),
                ActionStatus.ofCode(status).orElseThrow(), statusNote, summary, list, relatedIds(), ipu, null, null);
        return new ActionRecord(action, ipu ? ActionRecord.IPU : list.get(0).publisher(), "", origin, "", 0);
    }

    private static Optional<PartialDate> parse(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(value));
    }

    /** A posted value of a source row, for the template. */
    public String source(int row, int column) {
        return row < sources.size() ? sources.get(row)[column] : "";
    }
}
