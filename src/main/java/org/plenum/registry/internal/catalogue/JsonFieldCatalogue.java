package org.plenum.registry.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.SeriesKind;
import org.plenum.registry.Taxonomy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field catalogue read from the versioned resource {@code registry/field-catalogue.json}. Loading
 * checks every entry and fails with a message naming the field and the problem.
 */
public final class JsonFieldCatalogue implements FieldCatalogue {

    static final String RESOURCE = "/registry/field-catalogue.json";
    private static final List<String> LANGUAGES = List.of("en", "fr");

    private final String version;
    private final List<Field> fields;
    private final Map<EntityType, List<Field>> byEntity;
    private final Map<String, Field> byKey;
    private final Map<String, Taxonomy> taxonomies;

    private JsonFieldCatalogue(String version, List<Field> fields, Map<String, Taxonomy> taxonomies) {
        this.version = version;
        this.fields = List.copyOf(fields);
        this.taxonomies = taxonomies;
        Map<EntityType, List<Field>> entities = new HashMap<>();
        Map<String, Field> keys = new HashMap<>();
        for (Field field : fields) {
            entities.computeIfAbsent(field.entity(), e -> new ArrayList<>()).add(field);
            keys.put(key(field.entity(), field.id()), field);
        }
        entities.replaceAll((e, list) -> List.copyOf(list));
        this.byEntity = Map.copyOf(entities);
        this.byKey = Map.copyOf(keys);
    }

    /** The catalogue bundled with Plenum. */
    public static JsonFieldCatalogue bundled() {
        try (InputStream in = JsonFieldCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the field catalogue resource " + RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the field catalogue " + RESOURCE, e);
        }
    }

    /** Reads and checks a catalogue. */
    public static JsonFieldCatalogue read(InputStream in) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new InvalidCatalogueException("the field catalogue is not valid JSON: " + e.getOriginalMessage());
        }
        String version = text(root, "version", "the catalogue");
        Map<String, Taxonomy> taxonomies = new LinkedHashMap<>();
        for (JsonNode node : array(root, "taxonomies")) {
            String id = text(node, "id", "a taxonomy");
            List<Taxonomy.Term> terms = new ArrayList<>();
            for (JsonNode term : array(node, "terms")) {
                String termId = text(term, "id", "a term of taxonomy " + id);
                terms.add(new Taxonomy.Term(termId, labels(term, "label", "term " + termId + " of taxonomy " + id)));
            }
            if (taxonomies.put(id, new Taxonomy(id, labels(node, "label", "taxonomy " + id), terms)) != null) {
                throw new InvalidCatalogueException("taxonomy " + id + " is defined twice");
            }
        }
        List<Field> fields = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (JsonNode node : array(root, "fields")) {
            fields.add(field(node, taxonomies, seen));
        }
        return new JsonFieldCatalogue(version, fields, taxonomies);
    }

    private static Field field(JsonNode node, Map<String, Taxonomy> taxonomies, Map<String, Boolean> seen) {
        String id = text(node, "id", "a field");
        String entityId = text(node, "entity", "field " + id);
        EntityType entity = EntityType.byId(entityId)
                .orElseThrow(() -> new InvalidCatalogueException("field " + id + ": unknown entity '" + entityId + "'"));
        String where = "field " + id + " of " + entityId;
        if (seen.put(key(entity, id), true) != null) {
            throw new InvalidCatalogueException(where + " is defined twice");
        }
        DataType dataType = enumValue(DataType.class, text(node, "data_type", where), where, "data_type");
        SeriesKind series = enumValue(SeriesKind.class, text(node, "series_kind", where), where, "series_kind");
        Optional<String> taxonomy = optionalText(node, "taxonomy");
        if (dataType == DataType.TAXONOMY_TERM) {
            if (taxonomy.isEmpty() || !taxonomies.containsKey(taxonomy.get())) {
                throw new InvalidCatalogueException(where + ": a taxonomy_term field needs an existing taxonomy, not "
                        + taxonomy.orElse("none"));
            }
        } else if (taxonomy.isPresent()) {
            throw new InvalidCatalogueException(where + ": only taxonomy_term fields take a taxonomy");
        }
        JsonNode precision = node.get("precision");
        if (precision == null || !precision.isInt() || precision.intValue() < 0) {
            throw new InvalidCatalogueException(where + ": precision must be a whole number of 0 or more");
        }
        return new Field(id, entity, dataType, optionalText(node, "unit").orElse(""), precision.intValue(), taxonomy, series,
                text(node, "update_frequency", where), optionalText(node, "formula"),
                labels(node, "label", where), labels(node, "definition", where));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where, String property) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueException(where + ": unknown " + property + " '" + value + "'");
        }
    }

    private static Map<String, String> labels(JsonNode node, String property, String where) {
        JsonNode labels = node.get(property);
        Map<String, String> result = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            JsonNode text = labels == null ? null : labels.get(language);
            if (text == null || !text.isString() || text.stringValue().isBlank()) {
                throw new InvalidCatalogueException(where + ": " + property + " in '" + language + "' is missing");
            }
            result.put(language, text.stringValue());
        }
        return result;
    }

    private static String text(JsonNode node, String property, String where) {
        return optionalText(node, property)
                .orElseThrow(() -> new InvalidCatalogueException(where + ": '" + property + "' is missing"));
    }

    private static Optional<String> optionalText(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() || value.stringValue().isBlank() ? Optional.empty() : Optional.of(value.stringValue());
    }

    private static Iterable<JsonNode> array(JsonNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || !value.isArray()) {
            throw new InvalidCatalogueException("the catalogue has no '" + property + "' list");
        }
        return value;
    }

    private static String key(EntityType entity, String id) {
        return entity.id() + "." + id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public Optional<Field> field(EntityType entity, String id) {
        return Optional.ofNullable(byKey.get(key(entity, id)));
    }

    @Override
    public List<Field> fields(EntityType entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    @Override
    public List<Taxonomy> taxonomies() {
        return List.copyOf(taxonomies.values());
    }

    @Override
    public Optional<Taxonomy> taxonomy(String id) {
        return Optional.ofNullable(taxonomies.get(id));
    }
}
