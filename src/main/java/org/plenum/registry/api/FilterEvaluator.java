package org.plenum.registry.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.TimedValue;
import org.plenum.web.ApiException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates filters and sort keys on the value a field has on {@code as_of} (or its latest value),
 * as published at {@code known_at}. Numbers compare as numbers, dates and text as text (text
 * case-insensitively); an entity without a value for the field matches no condition.
 */
@Component
class FilterEvaluator {

    private static final TypeReference<Map<String, String>> TRANSLATIONS = new TypeReference<>() {
    };

    private final FieldCatalogue catalogue;
    private final ParlineCatalogue parline;
    private final ParlineView view;
    private final JsonMapper json;

    FilterEvaluator(FieldCatalogue catalogue, ParlineCatalogue parline, ParlineView view, JsonMapper json) {
        this.catalogue = catalogue;
        this.parline = parline;
        this.view = view;
        this.json = json;
    }

    Predicate<EntityRecord> predicate(EntityType type, List<Filter> filters, Optional<LocalDate> asOf, Instant knownAt) {
        Predicate<EntityRecord> all = e -> true;
        for (Filter filter : filters) {
            all = all.and(condition(type, filter, asOf, knownAt));
        }
        return all;
    }

    private Predicate<EntityRecord> condition(EntityType type, Filter filter, Optional<LocalDate> asOf, Instant knownAt) {
        boolean numeric = numeric(type, filter.field());
        if (numeric) {
            for (String value : filter.values()) {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw ApiException.badParameter("filter", "invalid_filter_value", "The field " + filter.field()
                            + " is a number; '" + value + "' is not.");
                }
            }
        }
        if (numeric && filter.op() == Filter.Operator.CONTAINS) {
            throw ApiException.badParameter("filter", "invalid_filter_operator", "'contains' applies to text; "
                    + filter.field() + " is a number.");
        }
        return entity -> {
            List<String> candidates = values(entity, type, filter.field(), filter.part(), asOf, knownAt);
            if (filter.op() == Filter.Operator.NE) {
                return !candidates.isEmpty() && candidates.stream().allMatch(c -> matches(filter, c, numeric));
            }
            return candidates.stream().anyMatch(c -> matches(filter, c, numeric));
        };
    }

    private static boolean matches(Filter filter, String candidate, boolean numeric) {
        String target = filter.values().get(0);
        return switch (filter.op()) {
            case EQ -> compare(candidate, target, numeric) == 0;
            case NE -> compare(candidate, target, numeric) != 0;
            case GT -> compare(candidate, target, numeric) > 0;
            case GE -> compare(candidate, target, numeric) >= 0;
            case LT -> compare(candidate, target, numeric) < 0;
            case LE -> compare(candidate, target, numeric) <= 0;
            case IN -> filter.values().stream().anyMatch(v -> compare(candidate, v, numeric) == 0);
            case CONTAINS -> candidate.toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT));
        };
    }

    private static int compare(String a, String b, boolean numeric) {
        return numeric ? new BigDecimal(a).compareTo(new BigDecimal(b)) : a.compareToIgnoreCase(b);
    }

    private boolean numeric(EntityType type, String field) {
        Optional<DataType> dataType = catalogue.field(type, field).map(Field::dataType)
                .or(() -> parline.field(type, field).map(ParlineCatalogue.ParlineField::dataType));
        return dataType.map(t -> t == DataType.INTEGER || t == DataType.DECIMAL || t == DataType.MONEY).orElse(false);
    }

    /** The comparable texts of a field's value: one, or one per language for translated text. */
    List<String> values(EntityRecord entity, EntityType type, String fieldId, Optional<String> part,
                        Optional<LocalDate> asOf, Instant knownAt) {
        if (fieldId.equals("id")) {
            return List.of(entity.code());
        }
        Optional<ParlineCatalogue.ParlineField> parlineField = parline.field(type, fieldId);
        if (parlineField.isPresent()) {
            ParlineCatalogue.ParlineField p = parlineField.get();
            return p.source().kind() == ParlineCatalogue.SourceKind.ALIAS
                    ? values(entity, type, p.source().argument(), part, asOf, knownAt)
                    : view.filterValues(p, entity, asOf, knownAt);
        }
        Field field = catalogue.field(type, fieldId).orElseThrow();
        Optional<TimedValue> step = asOf.isPresent() ? entity.valueAt(fieldId, asOf.get(), knownAt) : entity.latest(fieldId, knownAt);
        if (step.isEmpty() && fieldId.equals("country_code")) {
            return ParlineView.countryCode(entity).map(List::of).orElse(List.of());
        }
        if (step.isEmpty() || !(step.get().value() instanceof FactValue.Present present)) {
            return List.of();
        }
        if (field.dataType() == DataType.TRANSLATED_TEXT) {
            Map<String, String> texts = json.readValue(present.value(), TRANSLATIONS);
            String language = part.filter(p -> !p.equals("value")).orElse("");
            return language.isEmpty() ? List.copyOf(texts.values())
                    : Optional.ofNullable(texts.get(language)).map(List::of).orElse(List.of());
        }
        if (field.dataType() == DataType.TAXONOMY_TERM) {
            return termValues(field.id(), present.value());
        }
        return List.of(present.value());
    }

    /**
     * A term matches its own id and Parline's: {@code proportional} and {@code proportional_representation}; a single
     * chamber is also a {@code lower_chamber}, as on Parline, whose lower-chamber list has one chamber per country.
     */
    private static List<String> termValues(String field, String term) {
        String parlineTerm = ParlineView.parlineTerm(field, term);
        if (field.equals("struct_parl_status") && term.equals("unicameral")) {
            return List.of(term, "lower_chamber");
        }
        return parlineTerm.equals(term) ? List.of(term) : List.of(term, parlineTerm);
    }

    Comparator<EntityRecord> comparator(EntityType type, List<ApiQuery.SortKey> keys, Optional<LocalDate> asOf, Instant knownAt) {
        Comparator<EntityRecord> result = null;
        for (ApiQuery.SortKey key : keys) {
            boolean numeric = numeric(type, key.field());
            Comparator<EntityRecord> one = (a, b) -> {
                List<String> va = values(a, type, key.field(), Optional.empty(), asOf, knownAt);
                List<String> vb = values(b, type, key.field(), Optional.empty(), asOf, knownAt);
                if (va.isEmpty() || vb.isEmpty()) {
                    return Boolean.compare(va.isEmpty(), vb.isEmpty()); // missing values last, either way
                }
                int c = compare(va.get(0), vb.get(0), numeric);
                return key.descending() ? -c : c;
            };
            result = result == null ? one : result.thenComparing(one);
        }
        Comparator<EntityRecord> byCode = Comparator.comparing(EntityRecord::code);
        return result == null ? byCode : result.thenComparing(byCode);
    }
}
