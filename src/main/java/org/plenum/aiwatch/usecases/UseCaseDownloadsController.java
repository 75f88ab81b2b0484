package org.plenum.aiwatch.usecases;

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
import org.plenum.web.BadPageRequestException;
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
 * The library as files, like the other downloads: {@code /ai/use-cases.csv|.xlsx|.json} with the search's parameters
 * ({@code q}, {@code lang}, {@code category}, {@code country}, {@code status}, {@code year}; none: every use case, by
 * id). Columns: {@link UseCaseRows#COLUMNS} (every field in English and in French, provenance and licence).
 */
@Controller
class UseCaseDownloadsController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final UseCaseIndex index;
    private final UseCaseCategories categories;
    private final JsonMapper json;

    UseCaseDownloadsController(UseCaseIndex index, UseCaseCategories categories, JsonMapper json) {
        this.index = index;
        this.categories = categories;
        this.json = json;
    }

    @GetMapping("/ai/use-cases.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request) {
        List<Map<String, Object>> rows = rows(request);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        UseCaseRows.COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> inert = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k, v instanceof String s ? UseCaseRows.inert(s) : v));
            inert.add(copy);
        }
        byte[] body = CsvMapper.builder().build().writer(schema.build()).writeValueAsBytes(inert);
        return send(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "ai-use-cases.csv");
    }

    @GetMapping("/ai/use-cases.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request) {
        List<Map<String, Object>> rows = rows(request);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ai-use-cases");
            Row header = sheet.createRow(0);
            for (int c = 0; c < UseCaseRows.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(UseCaseRows.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < UseCaseRows.COLUMNS.size(); c++) {
                    Object value = rows.get(r).get(UseCaseRows.COLUMNS.get(c));
                    if (value instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return send(out.toByteArray(), XLSX, "ai-use-cases.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook ai-use-cases.xlsx", e);
        }
    }

    @GetMapping("/ai/use-cases.json")
    ResponseEntity<byte[]> json(HttpServletRequest request) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("licence", UseCaseRows.IPU_LICENCE + " for IPU's use cases (ipu = true); French text: "
                + "Plenum's translation of IPU's text (french_by = plenum-translation)");
        document.put("columns", UseCaseRows.COLUMNS);
        document.put("rows", rows(request));
        return send(json.writeValueAsBytes(document), MediaType.APPLICATION_JSON, "ai-use-cases.json");
    }

    private List<Map<String, Object>> rows(HttpServletRequest request) {
        UseCaseSearch.Query query;
        try {
            query = UseCaseApiController.query(request);
        } catch (ApiException e) {
            throw new BadPageRequestException("query", e.getMessage());
        }
        UseCaseSearch.Result result = index.search(query);
        List<LibraryEntry> entries = new ArrayList<>(result.hits().stream().map(UseCaseSearch.Hit::entry).toList());
        if (!query.hasText()) {
            entries.sort((a, b) -> a.id().compareTo(b.id()));
        }
        return entries.stream().map(e -> UseCaseRows.row(e, categories)).toList();
    }

    private static ResponseEntity<byte[]> send(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
