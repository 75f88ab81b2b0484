package org.plenum.aiwatch.actions;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenum.web.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The tracker's list as files, with the list page's filters: {@code /ai/actions.csv|.xlsx|.json} (decision 0065).
 * Every field of {@link ActionDocument#FIELDS}, with {@code ipu} and {@code publisher} on every row; in CSV and XLSX
 * the sources are one cell, a line per source ({@code publisher | url | seen}), in JSON a list of objects.
 */
@Controller
class ActionDownloadsController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ActionStore store;
    private final ActionCountries countries;
    private final JsonMapper json;

    ActionDownloadsController(ActionStore store, ActionCountries countries, JsonMapper json) {
        this.store = store;
        this.countries = countries;
        this.json = json;
    }

    @GetMapping("/ai/actions.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request) {
        ActionFilter filter = filter(request);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        ActionDocument.FIELDS.forEach(schema::addColumn);
        List<Map<String, String>> rows = rows(filter).stream().map(ActionDocument::texts).toList();
        byte[] body = CsvMapper.builder().build().writer(schema.build()).writeValueAsBytes(rows);
        return send(body, new MediaType("text", "csv", StandardCharsets.UTF_8), name(filter, "csv"));
    }

    @GetMapping("/ai/actions.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request) {
        ActionFilter filter = filter(request);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ai-actions");
            Row header = sheet.createRow(0);
            for (int c = 0; c < ActionDocument.FIELDS.size(); c++) {
                header.createCell(c).setCellValue(ActionDocument.FIELDS.get(c));
            }
            List<ActionRecord> rows = rows(filter);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Map<String, String> texts = ActionDocument.texts(rows.get(r));
                for (int c = 0; c < ActionDocument.FIELDS.size(); c++) {
                    String field = ActionDocument.FIELDS.get(c);
                    if (field.equals("ipu")) {
                        row.createCell(c).setCellValue(rows.get(r).action().ipu());
                    } else if (!texts.get(field).isEmpty()) {
                        row.createCell(c).setCellValue(texts.get(field));
                    }
                }
            }
            workbook.write(out);
            return send(out.toByteArray(), XLSX, name(filter, "xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + name(filter, "xlsx"), e);
        }
    }

    @GetMapping("/ai/actions.json")
    ResponseEntity<byte[]> json(HttpServletRequest request) {
        ActionFilter filter = filter(request);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("filters", filter.query());
        document.put("note", "ipu: true for actions described by the Inter-Parliamentary Union (IPU's texts: CC BY-NC-SA"
                + " 4.0); false for actions read on other publishers' pages (publisher names them). Dates keep the "
                + "source's precision (YYYY, YYYY-MM or YYYY-MM-DD).");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows(filter).forEach(r -> rows.add(ActionDocument.values(r)));
        document.put("actions", rows);
        return send(json.writeValueAsBytes(document), MediaType.APPLICATION_JSON, name(filter, "json"));
    }

    private List<ActionRecord> rows(ActionFilter filter) {
        return store.all().stream().filter(r -> filter.matches(r, countries)).toList();
    }

    private ActionFilter filter(HttpServletRequest request) {
        try {
            return ActionFilter.parse(request.getParameterMap(), countries);
        } catch (ActionFilter.BadFilter e) {
            throw ApiException.badParameter(e.parameter(), "invalid_parameter", e.getMessage() + ".");
        }
    }

    private static String name(ActionFilter filter, String extension) {
        StringBuilder name = new StringBuilder("plenum-ai-actions");
        filter.query().forEach((k, v) -> name.append('-').append(v.replaceAll("[^A-Za-z0-9_]", "")));
        return name + "." + extension;
    }

    private static ResponseEntity<byte[]> send(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
