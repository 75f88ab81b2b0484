package org.plenum.exchange.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a download as a plain JSON document: {@code {"report": name, "metadata": {label: value, …},
 * "columns": […], "rows": [{column: value, …}, …]}}, numbers as JSON numbers, unknown values as null.
 */
final class JsonWriter {

    private JsonWriter() {
    }

    static byte[] write(JsonMapper json, Download download) {
        Map<String, String> metadata = new LinkedHashMap<>();
        download.metadata().forEach(line -> metadata.put(line.label(), line.value()));
        List<String> columns = download.tidy().columns();
        List<Map<String, Object>> rows = download.tidy().rows().stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            return object;
        }).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", download.name());
        document.put("metadata", metadata);
        document.put("columns", columns);
        document.put("rows", rows);
        return json.writeValueAsBytes(document);
    }
}
