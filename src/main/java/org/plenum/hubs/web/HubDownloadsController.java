package org.plenum.hubs.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenum.hubs.HubTables;
import org.plenum.hubs.Hubs;
import org.plenum.web.PageNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The hubs as files, as the other downloads are made: {@code /hubs/downloads/{table}.csv|.xlsx|.json} for the tables
 * {@code hubs}, {@code memberships}, {@code activities} and {@code participation} (see {@link HubTables}).
 */
@org.plenum.web.PageController
class HubDownloadsController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Hubs hubs;
    private final JsonMapper json;

    HubDownloadsController(Hubs hubs, JsonMapper json) {
        this.hubs = hubs;
        this.json = json;
    }

    @GetMapping("/hubs/downloads/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table) {
        HubTables.Table t = table(table);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        t.columns().forEach(schema::addColumn);
        byte[] body = CsvMapper.builder().build().writer(schema.build()).writeValueAsBytes(t.rows());
        return send(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "plenum-hubs-" + t.name() + ".csv");
    }

    @GetMapping("/hubs/downloads/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String table) {
        HubTables.Table t = table(table);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(t.name());
            Row header = sheet.createRow(0);
            for (int c = 0; c < t.columns().size(); c++) {
                header.createCell(c).setCellValue(t.columns().get(c));
            }
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < t.columns().size(); c++) {
                    Object value = t.rows().get(r).get(t.columns().get(c));
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return send(out.toByteArray(), XLSX, "plenum-hubs-" + t.name() + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook of " + t.name(), e);
        }
    }

    @GetMapping("/hubs/downloads/{table}.json")
    ResponseEntity<byte[]> json(@PathVariable String table) {
        HubTables.Table t = table(table);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("table", t.name());
        document.put("licence", "CC BY-NC-SA 4.0 (texts of the Inter-Parliamentary Union); see /hubs");
        document.put("rows", t.rows());
        return send(json.writeValueAsBytes(document), MediaType.APPLICATION_JSON, "plenum-hubs-" + t.name() + ".json");
    }

    private HubTables.Table table(String name) {
        if (!HubTables.NAMES.contains(name)) {
            throw new PageNotFoundException("no hub table " + name + " (" + String.join(", ", HubTables.NAMES) + ")");
        }
        return HubTables.of(name, hubs.all(), name.equals("participation") ? hubs.participation() : java.util.List.of());
    }

    private static ResponseEntity<byte[]> send(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
