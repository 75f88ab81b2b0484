package org.plenum.exchange.sdmx;

import java.io.ByteArrayOutputStream;
import org.plenum.stats.SdgMessageFormat;
import org.plenum.stats.SdgReport;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@code format=sdmx-csv}: SDMX-CSV 2.0 ({@link SdmxWriter#writeCsv}). */
@Component
class SdmxCsvFormat implements SdgMessageFormat {

    static final MediaType MEDIA = MediaType.parseMediaType("application/vnd.sdmx.data+csv;version=2.0.0;charset=UTF-8");

    private final SdmxWriter writer;

    SdmxCsvFormat(SdmxWriter writer) {
        this.writer = writer;
    }

    @Override
    public String id() {
        return "sdmx-csv";
    }

    @Override
    public MediaType mediaType() {
        return MEDIA;
    }

    @Override
    public byte[] write(SdgReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCsv(report, out);
        return out.toByteArray();
    }
}
