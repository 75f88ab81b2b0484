package org.plenum.aiwatch.usecases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCaseText;

/**
 * A use case as one flat row, the same in the CSV, XLSX and JSON downloads and in the API's attributes: every field
 * in English ({@code title_en}…) and in French ({@code title_fr}…, empty when not translated), with who wrote the
 * French ({@code french_by}) and the licence of IPU's texts.
 */
final class UseCaseRows {

    static final String IPU_LICENCE = "CC BY-NC-SA 4.0 (Inter-Parliamentary Union, Centre for Innovation in Parliament)";

    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("id", "ipu", "category", "category_name_en", "category_name_fr",
                "category_by_ipu", "country", "chamber", "chamber_as_named", "date", "status"));
        for (String language : List.of("en", "fr")) {
            UseCaseTexts.FIELDS.forEach(f -> columns.add(f + "_" + language));
        }
        columns.addAll(List.of("french_by", "related_actions", "source", "licence", "recorded_at", "updated_at"));
        COLUMNS = List.copyOf(columns);
    }

    private UseCaseRows() {
    }

    static Map<String, Object> row(LibraryEntry entry, UseCaseCategories categories) {
        UseCase u = entry.useCase();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", u.id());
        row.put("ipu", u.ipu());
        row.put("category", u.category());
        row.put("category_name_en", categories.find(u.category()).map(UseCaseCategory::nameEnglish).orElse(""));
        row.put("category_name_fr", categories.find(u.category()).map(UseCaseCategory::nameFrench).orElse(""));
        row.put("category_by_ipu", u.categoryByIpu());
        row.put("country", u.country());
        row.put("chamber", u.chamber().orElse(""));
        row.put("chamber_as_named", entry.chamberAsNamed());
        row.put("date", u.date().map(Object::toString).orElse(""));
        row.put("status", u.status().code());
        put(row, "en", u.english());
        put(row, "fr", u.french().orElse(new UseCaseText("", "", "", "", "", "", "", "", "", "")));
        row.put("french_by", u.french().isEmpty() ? "" : u.ipu() ? "plenum-translation" : "submitter");
        row.put("related_actions", String.join(" ", u.related()));
        row.put("source", u.source());
        row.put("licence", u.ipu() ? IPU_LICENCE : "");
        row.put("recorded_at", u.recordedAt().toString());
        row.put("updated_at", u.updatedAt().toString());
        return row;
    }

    private static void put(Map<String, Object> row, String language, UseCaseText text) {
        List<String> values = UseCaseTexts.values(text);
        for (int i = 0; i < values.size(); i++) {
            row.put(UseCaseTexts.FIELDS.get(i) + "_" + language, values.get(i));
        }
    }

    /** Text a spreadsheet would run as a formula, made inert with a leading apostrophe (CSV and XLSX cells). */
    static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
