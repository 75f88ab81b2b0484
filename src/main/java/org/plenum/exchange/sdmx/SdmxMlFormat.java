package org.plenum.exchange.sdmx;

import java.io.ByteArrayOutputStream;
import org.plenum.stats.SdgMessageFormat;
import org.plenum.stats.SdgReport;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@code format=sdmx-ml}: SDMX-ML 2.1 structure-specific data ({@link SdmxWriter#writeXml}). */
@Component
class SdmxMlFormat implements SdgMessageFormat {

    static final MediaType MEDIA = MediaType.parseMediaType("application/vnd.sdmx.structurespecificdata+xml;version=2.1");

    private final SdmxWriter writer;

    SdmxMlFormat(SdmxWriter writer) {
        this.writer = writer;
    }

    @Override
    public String id() {
        return "sdmx-ml";
    }

    @Override
    public MediaType mediaType() {
        return MEDIA;
    }

    @Override
    public byte[] write(SdgReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXml(report, out);
        return out.toByteArray();
    }
}
