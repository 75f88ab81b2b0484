package org.plenum.registry.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Labels;
import org.plenum.registry.SeriesKind;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parline's own field names that public Parline clients read, beside Plenum's catalogue: each with its entity,
 * data type, taxonomy, group and definition, and how Plenum fills it ({@link Source}). Read from
 * {@code registry/parline-fields.json}; checked at start-up against Plenum's catalogue (decision 0014).
 */
@Component
class ParlineCatalogue {

    static final String RESOURCE = "/registry/parline-fields.json";
    /** Every field of Parline's catalogue that a public source names, with the sources (decision 0026). */
    static final String NAMED = "/registry/parline-field-sources.csv";

    /** How Plenum fills a Parline field. */
    enum SourceKind {
        /** the entity's own code */
        CODE,
        /** the code of the entity's parent (a chamber's parliament, an election's chamber, ...) */
        PARENT,
        /** Plenum's field of another name, shown as it is */
        ALIAS,
        /** the election's results per party */
        SEATS_PER_PARTIES,
        /** a part of the person's birth date: year, month or day */
        BIRTH,
        /** the country of the chamber of the person's latest membership */
        MEMBERSHIP_COUNTRY,
        /** no source Plenum reads has the data: Parline's shape with no value */
        NONE
    }

    record Source(SourceKind kind, String argument) {
    }

    record ParlineField(String id, EntityType entity, DataType dataType, SeriesKind seriesKind, Optional<String> taxonomy,
                        String group, Source source, Map<String, String> label, Map<String, String> definition) {

        boolean hasData() {
            return source.kind() != SourceKind.NONE;
        }
    }

    record Group(String name, Map<String, String> label, Map<String, String> description, List<String> fields) {
    }

    private final List<ParlineField> fields;
    private final Map<EntityType, Map<String, ParlineField>> byEntity = new LinkedHashMap<>();
    private final List<Group> groups;
    private final Map<String, String> groupOfPlenumField = new LinkedHashMap<>();
    /** {@code entity.field} to the public sources that name it as one of Parline's fields. */
    private final Map<String, List<String>> namedBy = new LinkedHashMap<>();
    /** source key to its citation (repository and file). */
    private final Map<String, String> publicSources = new LinkedHashMap<>();

    ParlineCatalogue(FieldCatalogue catalogue, JsonMapper json) {
        JsonNode root;
        try (InputStream in = ParlineCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<ParlineField> all = new ArrayList<>();
        for (JsonNode node : root.get("fields")) {
            String id = node.get("id").asString();
            EntityType entity = EntityType.byId(node.get("entity").asString())
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + ": " + id + " names an unknown entity"));
            String[] source = node.get("source").asString().split(":", 2);
            Source s = new Source(SourceKind.valueOf(source[0].toUpperCase(Locale.ROOT)), source.length > 1 ? source[1] : "");
            if (s.kind() == SourceKind.ALIAS && catalogue.field(entity, s.argument()).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + id + " is an alias of " + s.argument()
                        + ", which is not a field of " + entity.id());
            }
            if (catalogue.field(entity, id).isPresent()) {
                throw new IllegalStateException(RESOURCE + ": " + entity.id() + "." + id + " is already in Plenum's catalogue");
            }
            JsonNode taxonomy = node.get("taxonomy");
            ParlineField field = new ParlineField(id, entity,
                    DataType.valueOf(node.get("data_type").asString().toUpperCase(Locale.ROOT)),
                    SeriesKind.valueOf(node.get("series_kind").asString().toUpperCase(Locale.ROOT)),
                    taxonomy == null || taxonomy.isNull() ? Optional.empty() : Optional.of(taxonomy.asString()),
                    node.get("group").asString(), s, texts(node.get("label")), texts(node.get("definition")));
            all.add(field);
            byEntity.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(id, field);
        }
        this.fields = List.copyOf(all);
        root.get("plenum_field_groups").properties().forEach(e -> groupOfPlenumField.put(e.getKey(), e.getValue().asString()));
        for (Field field : catalogue.fields()) {
            groupOfPlenumField.putIfAbsent(field.entity().id() + "." + field.id(), field.entity().id());
        }
        List<Group> groupList = new ArrayList<>();
        for (JsonNode node : root.get("groups")) {
            String name = node.get("group_name").asString();
            List<String> members = new ArrayList<>();
            groupOfPlenumField.forEach((key, group) -> {
                if (group.equals(name)) {
                    members.add(key);
                }
            });
            all.stream().filter(f -> f.group().equals(name)).forEach(f -> members.add(f.entity().id() + "." + f.id()));
            groupList.add(new Group(name, texts(node.get("group_label")), texts(node.get("group_description")), List.copyOf(members)));
        }
        this.groups = List.copyOf(groupList);
        readNamed(catalogue);
    }

    /**
     * Reads {@link #NAMED}: comment lines cite the sources by key, then {@code entity,field_id,named_by}. Each field a
     * public source names must be in the catalogue, as Plenum's own field of that name or as one of Parline's names;
     * a field missing fails the start, so the catalogue cannot drift from its sources unnoticed.
     */
    private void readNamed(FieldCatalogue catalogue) {
        List<String> lines;
        try (InputStream in = ParlineCatalogue.class.getResourceAsStream(NAMED)) {
            if (in == null) {
                throw new IllegalStateException(NAMED + " is missing");
            }
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAMED, e);
        }
        java.util.regex.Pattern citation = java.util.regex.Pattern.compile("#\\s{3}(\\S+)\\s+(.+)");
        String lastKey = null;
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                java.util.regex.Matcher m = citation.matcher(line);
                if (m.matches()) {
                    lastKey = m.group(1);
                    publicSources.put(lastKey, m.group(2).trim());
                } else if (lastKey != null && line.matches("#\\s{20,}\\S.*")) {
                    publicSources.put(lastKey, publicSources.get(lastKey) + " " + line.substring(1).trim());
                }
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String where = NAMED + " line " + (i + 1);
            if (cells.length != 3) {
                throw new IllegalStateException(where + ": expected entity,field_id,named_by");
            }
            EntityType entity = EntityType.byId(cells[0]).orElseThrow(() -> new IllegalStateException(where + ": unknown entity " + cells[0]));
            if (catalogue.field(entity, cells[1]).isEmpty() && field(entity, cells[1]).isEmpty()) {
                throw new IllegalStateException(where + ": " + cells[0] + "." + cells[1] + ", named by " + cells[2]
                        + ", is neither Plenum's field nor in " + RESOURCE);
            }
            List<String> sources = List.of(cells[2].trim().split("\\s+"));
            for (String key : sources) {
                if (!publicSources.containsKey(key)) {
                    throw new IllegalStateException(where + ": source " + key + " is not cited in the file's comments");
                }
            }
            if (namedBy.put(cells[0] + "." + cells[1], sources) != null) {
                throw new IllegalStateException(where + ": " + cells[0] + "." + cells[1] + " is listed twice");
            }
        }
    }

    /** The keys of the public sources that name {@code entity.field} as Parline's; empty for Plenum's additions. */
    List<String> namedBy(EntityType entity, String field) {
        return namedBy.getOrDefault(entity.id() + "." + field, List.of());
    }

    /** Every public source cited, by key. */
    Map<String, String> publicSources() {
        return publicSources;
    }

    /** How many of Parline's fields public sources name. */
    int namedCount() {
        return namedBy.size();
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
        return Labels.of(texts);
    }

    List<ParlineField> fields() {
        return fields;
    }

    List<ParlineField> fields(EntityType entity) {
        return List.copyOf(byEntity.getOrDefault(entity, Map.of()).values());
    }

    Optional<ParlineField> field(EntityType entity, String id) {
        return Optional.ofNullable(byEntity.getOrDefault(entity, Map.of()).get(id));
    }

    List<Group> groups() {
        return groups;
    }

    String group(Field field) {
        return groupOfPlenumField.getOrDefault(field.entity().id() + "." + field.id(), field.entity().id());
    }
}
