package org.plenum.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.api.ScoreResources;
import org.plenum.assessment.results.AssessmentResults;
import org.plenum.assessment.results.ResultTables;
import org.plenum.web.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The ranking of a framework as files: {@code /frameworks/{code}/scores.csv|.xlsx|.json} ({@code ?edition=&region=
 * &income_group=}); every row names the framework's version and the edition and says whether the respondent is
 * synthetic. Columns: {@link ScoreResources#COLUMNS}, then {@code area_<code>} per area (scores unrounded; the
 * rounded score that ranks compare is {@code score_shown}).
 */
@Controller
class ScoreDownloadsController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Scoring scoring;
    private final AssessmentResults results;
    private final JsonMapper json;

    ScoreDownloadsController(Scoring scoring, AssessmentResults results, JsonMapper json) {
        this.scoring = scoring;
        this.results = results;
        this.json = json;
    }

    @GetMapping("/frameworks/{code}/scores.csv")
    ResponseEntity<byte[]> csv(@PathVariable("code") String code, HttpServletRequest request) {
        Table table = table(code, request);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(schema::addColumn);
        byte[] body = CsvMapper.builder().build().writer(schema.build()).writeValueAsBytes(table.rows());
        return send(body, new MediaType("text", "csv", StandardCharsets.UTF_8), table.fileName("csv"));
    }

    @GetMapping("/frameworks/{code}/scores.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("code") String code, HttpServletRequest request) {
        Table table = table(code, request);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("scores");
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                header.createCell(c).setCellValue(table.columns().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < table.columns().size(); c++) {
                    Object value = table.rows().get(r).get(table.columns().get(c));
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return send(out.toByteArray(), XLSX, table.fileName("xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + table.fileName("xlsx"), e);
        }
    }

    @GetMapping("/frameworks/{code}/scores.json")
    ResponseEntity<byte[]> json(@PathVariable("code") String code, HttpServletRequest request) {
        Table table = table(code, request);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("framework", table.framework().code());
        document.put("framework_version", table.framework().version());
        document.put("edition", table.edition().edition());
        document.put("rows", table.rows());
        return send(json.writeValueAsBytes(document), MediaType.APPLICATION_JSON, table.fileName("json"));
    }

    record Table(Framework framework, Edition edition, List<String> columns, List<Map<String, Object>> rows) {
        String fileName(String extension) {
            return framework.code() + "-" + framework.version() + "-" + edition.questionnaire() + "-"
                    + edition.edition() + "-scores." + extension;
        }
    }

    private Table table(String code, HttpServletRequest request) {
        // a file, not a page: errors as JSON:API error objects (a page's exceptions would be unexpected here)
        Framework framework = scoring.framework(code).orElseThrow(() -> ApiException.notFound("There is no framework "
                + code + "."));
        Optional<String> asked = Optional.ofNullable(request.getParameter("edition")).filter(s -> !s.isBlank());
        Edition edition;
        try {
            edition = results.edition(framework, asked).orElseThrow(() -> ApiException.notFound(
                    "There is no edition that framework " + code + " can score."));
        } catch (AssessmentException e) {
            throw ApiException.badParameter("edition", "invalid_parameter", e.getMessage());
        }
        AssessmentResults.Results r = results.results(framework, edition);
        Optional<String> region = Optional.ofNullable(request.getParameter("region")).filter(s -> !s.isBlank());
        Optional<String> income = Optional.ofNullable(request.getParameter("income_group")).filter(s -> !s.isBlank());
        List<String> columns = new ArrayList<>(ScoreResources.COLUMNS);
        framework.areas().forEach(a -> columns.add("area_" + a.code()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Scoring.Ranked ranked : ResultTables.filter(r.ranking(), region, income)) {
            rows.add(ScoreResources.row(framework, ranked));
        }
        return new Table(framework, edition, columns, rows);
    }

    private static ResponseEntity<byte[]> send(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
