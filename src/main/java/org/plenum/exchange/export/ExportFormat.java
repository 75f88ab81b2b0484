package org.plenum.exchange.export;

import java.util.Arrays;
import java.util.Optional;

/** The file formats of the downloads and of {@code plenum export}, by the name both use. */
public enum ExportFormat {
    /** IPU's export layout: the metadata block, then the table with IPU's headers, every cell quoted. */
    IPU_CSV("ipu-csv", "text/csv; charset=UTF-8", "csv"),
    /** Tidy CSV: one header row of machine-friendly names, one row per record. */
    CSV("csv", "text/csv; charset=UTF-8", "csv"),
    /** An Excel workbook: the tidy table (numbers as numbers) and the metadata, on two sheets. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** A JSON document: the metadata and the tidy rows as objects. */
    JSON("json", "application/json", "json"),
    /** SDMX-CSV 2.0 (SDG report only). */
    SDMX_CSV("sdmx-csv", "application/vnd.sdmx.data+csv; version=2.0.0; charset=UTF-8", "csv"),
    /** SDMX-ML 2.1 structure-specific data (SDG report only). */
    SDMX_ML("sdmx-ml", "application/vnd.sdmx.structurespecificdata+xml; version=2.1", "xml");

    private final String id;
    private final String contentType;
    private final String extension;

    ExportFormat(String id, String contentType, String extension) {
        this.id = id;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
