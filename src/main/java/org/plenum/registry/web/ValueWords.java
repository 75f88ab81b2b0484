package org.plenum.registry.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.plenum.registry.Field;
import org.plenum.registry.FactValue;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.TimedValue;
import org.plenum.web.PageContext;

/** A fact's value, valid time and labels written for the reader: numbers and dates per language, terms by their label. */
final class ValueWords {

    private final PageContext page;
    private final FieldCatalogue catalogue;

    ValueWords(PageContext page, FieldCatalogue catalogue) {
        this.page = page;
        this.catalogue = catalogue;
    }

    String label(Field field) {
        return field.label().getOrDefault(page.lang(), field.label().getOrDefault("en", field.id()));
    }

    String value(Field field, FactValue value) {
        if (value instanceof FactValue.Missing missing) {
            return switch (missing.reason()) {
                case FactValue.NO_INFORMATION -> page.t("registry.value.noInformation");
                case FactValue.NOT_APPLICABLE -> page.t("registry.value.notApplicable");
                default -> missing.reason();
            };
        }
        String text = ((FactValue.Present) value).value();
        try {
            return switch (field.dataType()) {
                case INTEGER -> page.number(Long.parseLong(text));
                case DECIMAL, MONEY -> "percent".equals(field.unit()) ? page.percent(Double.parseDouble(text), Math.max(1, field.precision()))
                        : page.decimal(Double.parseDouble(text), decimals(text));
                case BOOLEAN -> page.t("true".equals(text) ? "registry.value.yes" : "registry.value.no");
                case DATE -> date(text);
                case TAXONOMY_TERM -> field.taxonomy().flatMap(catalogue::taxonomy).flatMap(t -> t.term(text))
                        .map(term -> term.label().getOrDefault(page.lang(), term.label().getOrDefault("en", text))).orElse(text);
                case TRANSLATED_TEXT -> TranslatedNames.parse(text).map(n -> n.in(page.lang())).orElse(text);
                case TEXT, REFERENCE -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static int decimals(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? 0 : Math.min(3, text.length() - dot - 1);
    }

    /** A date as recorded: a day, a month ({@code 2024-07}) or a year. */
    String date(String text) {
        return switch (text.length()) {
            case 10 -> page.date(LocalDate.parse(text));
            case 7 -> page.month(YearMonth.parse(text));
            default -> text;
        };
    }

    String from(TimedValue step) {
        return step.from().map(page::date).orElse("");
    }

    String to(TimedValue step) {
        return step.to().map(page::date).orElse("");
    }

    static Optional<Double> number(TimedValue step) {
        if (step.value() instanceof FactValue.Present present) {
            try {
                return Optional.of(Double.parseDouble(present.value()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
