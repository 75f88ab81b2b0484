package org.plenum.exchange.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;
import org.plenum.registry.Taxonomy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes everything a snapshot holds — every entity, every fact ever recorded (superseded ones included) with its
 * valid time, record time, source, missing reason and note — as a zip of tidy CSV files and as JSON Lines. Both are
 * written entity by entity to the stream they are given: memory beyond the snapshot itself stays bounded by one
 * row. See decision 0035 for the layout.
 */
final class BulkWriter {

    static final String[] ENTITY_COLUMNS = {"code", "parent_type", "parent_code", "recorded_at"};
    static final String[] FACT_COLUMNS = {"entity_code", "field", "value", "missing_reason", "valid_from", "valid_to",
            "note", "source", "recorded_at", "superseded_at", "fact_id"};
    static final String[] DICTIONARY_COLUMNS = {"entity_type", "field", "data_type", "unit", "precision", "taxonomy",
            "series_kind", "update_frequency", "computed", "formula", "label_en", "label_fr", "definition_en",
            "definition_fr"};
    static final String[] TERM_COLUMNS = {"taxonomy", "term", "label_en", "label_fr"};
    static final String[] MANIFEST_COLUMNS = {"file", "rows", "bytes", "sha256"};

    private final Snapshot snapshot;
    private final FieldCatalogue catalogue;
    private final BulkTexts texts;
    private final JsonMapper json;

    BulkWriter(Snapshot snapshot, FieldCatalogue catalogue, BulkTexts texts, JsonMapper json) {
        this.snapshot = snapshot;
        this.catalogue = catalogue;
        this.texts = texts;
        this.json = json;
    }

    /** The zip: README, sources, data dictionary, taxonomy terms, entities and facts per entity type, manifest. */
    List<BulkEntry> writeZip(OutputStream target) {
        List<BulkEntry> entries = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            zip.setComment("Plenum bulk download, data publication " + snapshot.publication());
            entries.add(text(zip, "README.txt", texts.readme(snapshot.publication(), snapshot.publishedAt())));
            entries.add(text(zip, "SOURCES.md", texts.sources()));
            entries.add(dictionary(zip));
            entries.add(terms(zip));
            for (EntityType type : types()) {
                entries.add(entities(zip, type));
            }
            for (EntityType type : types()) {
                entries.add(facts(zip, type));
            }
            zip.putNextEntry(entry("manifest.csv"));
            TidyCsv manifest = new TidyCsv(zip, MANIFEST_COLUMNS);
            for (BulkEntry entry : entries) {
                manifest.row(entry.name(), Long.toString(entry.rows()), Long.toString(entry.bytes()), entry.sha256());
            }
            manifest.finish("manifest.csv");
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The snapshot's entity types in a stable order (the enum's). */
    private List<EntityType> types() {
        return java.util.Arrays.stream(EntityType.values()).filter(snapshot.types()::contains).toList();
    }

    /**
     * A zip entry dated at the publication, so that the zip of a publication is the same bytes whenever and wherever
     * it is built (its SHA-256 can be cited).
     */
    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(snapshot.publishedAt().toEpochMilli());
        return entry;
    }

    private BulkEntry text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(entry(name));
        CountingDigestStream out = new CountingDigestStream(zip);
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.close();
        zip.closeEntry();
        return new BulkEntry(name, 0, out.count(), out.sha256());
    }

    private BulkEntry dictionary(ZipOutputStream zip) throws IOException {
        String name = "data-dictionary.csv";
        zip.putNextEntry(entry(name));
        TidyCsv csv = new TidyCsv(zip, DICTIONARY_COLUMNS);
        for (Field field : catalogue.fields()) {
            csv.row(field.entity().id(), field.id(), field.dataType().name().toLowerCase(java.util.Locale.ROOT),
                    field.unit(), Integer.toString(field.precision()), field.taxonomy().orElse(""),
                    field.seriesKind().name().toLowerCase(java.util.Locale.ROOT), field.updateFrequency(),
                    Boolean.toString(field.computed()), field.formula().orElse(""),
                    field.label().getOrDefault("en", ""), field.label().getOrDefault("fr", ""),
                    field.definition().getOrDefault("en", ""), field.definition().getOrDefault("fr", ""));
        }
        BulkEntry entry = csv.finish(name);
        zip.closeEntry();
        return entry;
    }

    private BulkEntry terms(ZipOutputStream zip) throws IOException {
        String name = "taxonomy-terms.csv";
        zip.putNextEntry(entry(name));
        TidyCsv csv = new TidyCsv(zip, TERM_COLUMNS);
        for (Taxonomy taxonomy : catalogue.taxonomies()) {
            for (Taxonomy.Term term : taxonomy.terms()) {
                csv.row(taxonomy.id(), term.id(), term.label().getOrDefault("en", ""), term.label().getOrDefault("fr", ""));
            }
        }
        BulkEntry entry = csv.finish(name);
        zip.closeEntry();
        return entry;
    }

    private BulkEntry entities(ZipOutputStream zip, EntityType type) throws IOException {
        String name = "entities/" + type.resource() + ".csv";
        zip.putNextEntry(entry(name));
        TidyCsv csv = new TidyCsv(zip, ENTITY_COLUMNS);
        for (EntityRecord entity : snapshot.all(type)) {
            csv.row(entity.code(), entity.parent().map(p -> p.type().id()).orElse(null),
                    entity.parent().map(p -> p.code()).orElse(null), entity.recordedAt().toString());
        }
        BulkEntry entry = csv.finish(name);
        zip.closeEntry();
        return entry;
    }

    private BulkEntry facts(ZipOutputStream zip, EntityType type) throws IOException {
        String name = "facts/" + type.resource() + ".csv";
        zip.putNextEntry(entry(name));
        TidyCsv csv = new TidyCsv(zip, FACT_COLUMNS);
        for (EntityRecord entity : snapshot.all(type)) {
            for (String field : new TreeSet<>(entity.recordedFields())) {
                for (StoredFact fact : entity.facts(field)) {
                    csv.row(entity.code(), field, present(fact.value()).orElse(null), missing(fact.value()).orElse(null),
                            date(fact.validFrom()), date(fact.validTo()), fact.annotation(), fact.source(),
                            fact.recordedAt().toString(), fact.supersededAt().map(Instant::toString).orElse(null),
                            Long.toString(fact.id()));
                }
            }
        }
        BulkEntry entry = csv.finish(name);
        zip.closeEntry();
        return entry;
    }

    /**
     * The JSON Lines file: one JSON object per line, {@code record} saying what it is — first {@code bulk} (the
     * publication, licence and citation), then one {@code field} per catalogue entry, then each entity
     * ({@code entity}) followed by its facts ({@code fact}). Values are typed by the field's data type (numbers as
     * numbers, booleans, translated text as an object of languages), text kept exactly as recorded.
     *
     * @return lines written
     */
    long writeJsonLines(OutputStream target) {
        long lines = 0;
        try {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("record", "bulk");
            header.put("publication", snapshot.publication());
            header.put("published_at", snapshot.publishedAt().toString());
            header.put("licence", BulkTexts.LICENCE);
            header.put("citation", texts.citation(snapshot.publication(), snapshot.publishedAt()));
            line(target, header);
            lines++;
            for (Field field : catalogue.fields()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("record", "field");
                line.put("entity_type", field.entity().id());
                line.put("field", field.id());
                line.put("data_type", field.dataType().name().toLowerCase(java.util.Locale.ROOT));
                line.put("unit", field.unit());
                line.put("taxonomy", field.taxonomy().orElse(null));
                line.put("computed", field.computed());
                line.put("formula", field.formula().orElse(null));
                line.put("label", field.label());
                line.put("definition", field.definition());
                line(target, line);
                lines++;
            }
            for (EntityType type : types()) {
                for (EntityRecord entity : snapshot.all(type)) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("record", "entity");
                    line.put("entity_type", type.id());
                    line.put("code", entity.code());
                    line.put("parent_type", entity.parent().map(p -> p.type().id()).orElse(null));
                    line.put("parent_code", entity.parent().map(p -> p.code()).orElse(null));
                    line.put("recorded_at", entity.recordedAt().toString());
                    line(target, line);
                    lines++;
                    for (String field : new TreeSet<>(entity.recordedFields())) {
                        Optional<Field> definition = catalogue.field(type, field);
                        for (StoredFact fact : entity.facts(field)) {
                            line(target, fact(type, entity.code(), definition, fact));
                            lines++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private Map<String, Object> fact(EntityType type, String code, Optional<Field> field, StoredFact fact) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("record", "fact");
        line.put("entity_type", type.id());
        line.put("entity_code", code);
        line.put("field", fact.field());
        line.put("value", present(fact.value()).map(v -> typed(field, v)).orElse(null));
        line.put("missing_reason", missing(fact.value()).orElse(null));
        line.put("valid_from", date(fact.validFrom()));
        line.put("valid_to", date(fact.validTo()));
        line.put("note", fact.annotation());
        line.put("source", fact.source());
        line.put("recorded_at", fact.recordedAt().toString());
        line.put("superseded_at", fact.supersededAt().map(Instant::toString).orElse(null));
        line.put("fact_id", fact.id());
        return line;
    }

    /** The value in its JSON type; a value that does not read as its type stays the text it is. */
    private Object typed(Optional<Field> field, String value) {
        DataType type = field.map(Field::dataType).orElse(DataType.TEXT);
        try {
            return switch (type) {
                case INTEGER, DECIMAL -> new BigDecimal(value);
                case BOOLEAN -> value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : value;
                case TRANSLATED_TEXT -> {
                    JsonNode node = json.readTree(value);
                    yield node.isObject() ? node : value;
                }
                default -> value;
            };
        } catch (RuntimeException e) {
            return value;
        }
    }

    private void line(OutputStream target, Map<String, Object> line) throws IOException {
        target.write(json.writeValueAsBytes(line));
        target.write('\n');
    }

    private static Optional<String> present(FactValue value) {
        return value instanceof FactValue.Present present ? Optional.of(present.value()) : Optional.empty();
    }

    private static Optional<String> missing(FactValue value) {
        return value instanceof FactValue.Missing missing ? Optional.of(missing.reason()) : Optional.empty();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
