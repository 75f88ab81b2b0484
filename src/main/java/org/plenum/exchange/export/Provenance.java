package org.plenum.exchange.export;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The part of a download's metadata that says where it comes from: Plenum as publisher, with its links
 * (from {@code plenum.public-url}), and the data's attribution and licence. The data are IPU's, under
 * CC BY-NC-SA 4.0 with attribution to the Inter-Parliamentary Union ({@code dataset/SOURCES.md}); Plenum
 * republishes them under the same licence.
 */
@Component
public class Provenance {

    static final String PUBLISHER = "Plenum";
    static final String ATTRIBUTION = "Data: Inter-Parliamentary Union (IPU), Parline, https://data.ipu.org,"
            + " compiled and republished by Plenum. Terms of use of IPU's data: https://www.ipu.org/terms-use";
    static final String LICENCE = "This work is licensed under Creative Commons Attribution-NonCommercial-ShareAlike"
            + " 4.0 International \n\nhttps://creativecommons.org/licenses/by-nc-sa/4.0/ ";
    private static final DateTimeFormatter ACCESSED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String publicUrl;
    private final Clock clock;

    @Autowired
    Provenance(@Value("${plenum.public-url:http://localhost:8080}") String publicUrl) {
        this(publicUrl, Clock.systemUTC());
    }

    Provenance(String publicUrl, Clock clock) {
        String base = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = clock;
    }

    /** An address under Plenum's public URL, e.g. {@code /api/v1/reports/sdg?series=SG_GEN_PARL}. */
    String url(String path) {
        return publicUrl + path;
    }

    /**
     * The metadata block in IPU's order: Title, Reference period, Structure, Region, then Publisher,
     * Copyright and attribution, Licence, Website, URL (this download), API URL (the same report as JSON:API),
     * Data dictionary, Date accessed (now, UTC), Dataset notes.
     *
     * @param query the report's query string without format, e.g. {@code year=2025&month=11}
     */
    List<MetadataLine> metadata(String title, String referencePeriod, String structure, String region,
                                String report, String apiPath, String query, ExportFormat format, String notes) {
        List<MetadataLine> lines = new ArrayList<>();
        lines.add(new MetadataLine("Title", title));
        lines.add(new MetadataLine("Reference period", referencePeriod));
        lines.add(new MetadataLine("Structure", structure));
        lines.add(new MetadataLine("Region", region));
        lines.addAll(publisher(report, apiPath, query, format));
        lines.add(new MetadataLine("Dataset notes", notes));
        return lines;
    }

    /** Publisher to Date accessed. */
    List<MetadataLine> publisher(String report, String apiPath, String query, ExportFormat format) {
        return List.of(
                new MetadataLine("Publisher", PUBLISHER),
                new MetadataLine("Copyright and attribution", ATTRIBUTION),
                new MetadataLine("Licence", LICENCE),
                new MetadataLine("Website", url("/")),
                new MetadataLine("URL", url("/api/v1/downloads/" + report + "?" + query + "&format=" + format.id())),
                new MetadataLine("API URL", url(apiPath + "?" + query)),
                new MetadataLine("Data dictionary", url("/api/v1/metadata/fields")),
                new MetadataLine("Date accessed", ACCESSED.format(LocalDateTime.now(clock))));
    }
}
