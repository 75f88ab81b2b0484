package org.plenum.exchange.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plenum.stats.SdgReport;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes an {@link SdgReport} for exchange with the UN SDG database: SDMX-CSV 2.0 ({@link #writeCsv}) and SDMX-ML
 * 2.1 structure-specific data ({@link #writeXml}), both in UTF-8, with the dimensions of the SDG data structure in
 * its order ({@link SdgDataStructure}). What each code means: {@link SdmxObservations}. The same report always gives
 * the same bytes (the message's preparation time is the publication's time), so responses can be cached and
 * compared.
 */
@Component
public class SdmxWriter {

    private static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    private static final String STRUCTURE_SPECIFIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** The id the header gives the structure, referred to by the data set. */
    static final String STRUCTURE_REF = SdgDataStructure.AGENCY + "_" + SdgDataStructure.DATAFLOW + "_"
            + SdgDataStructure.VERSION.replace('.', '_');

    private final CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    /**
     * SDMX-CSV 2.0 (the stream is flushed, not closed): a header row {@code STRUCTURE,STRUCTURE_ID,ACTION}, the dimensions, {@code TIME_PERIOD},
     * {@code OBS_VALUE} and the attributes; then one row per observation, {@code dataflow},
     * {@value SdgDataStructure#STRUCTURE_ID}, action {@code I} (information).
     */
    public void writeCsv(SdgReport report, OutputStream out) {
        List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        header.addAll(SdgDataStructure.DIMENSIONS);
        header.add(SdgDataStructure.TIME_PERIOD);
        header.add(SdgDataStructure.OBS_VALUE);
        header.addAll(SdgDataStructure.ATTRIBUTES);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = csv.writerFor(String[].class).with(CsvSchema.emptySchema())
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValues(writer)) {
            rows.write(header.toArray(String[]::new));
            for (SdmxObservation o : SdmxObservations.of(report)) {
                List<String> row = new ArrayList<>(List.of("dataflow", SdgDataStructure.STRUCTURE_ID, "I"));
                row.addAll(o.key().values());
                row.add(o.timePeriod());
                row.add(o.value());
                for (String attribute : SdgDataStructure.ATTRIBUTES) {
                    row.add(o.attributes().getOrDefault(attribute, ""));
                }
                rows.write(row.toArray(String[]::new));
            }
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SDMX-ML 2.1 structure-specific data message (the stream is flushed, not closed): one data set with TIME_PERIOD at the observation level; one series
     * per series key, its observation carrying the value and the attributes. The data set's type is the
     * {@code DataSetType} of the structure-specific schema of the dataflow ({@link SdgDataStructure#NAMESPACE}).
     */
    public void writeXml(SdgReport report, OutputStream out) {
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("message", "StructureSpecificData", MESSAGE);
            w.writeNamespace("message", MESSAGE);
            w.writeNamespace("common", COMMON);
            w.writeNamespace("ss", STRUCTURE_SPECIFIC);
            w.writeNamespace("ns1", SdgDataStructure.NAMESPACE);
            w.writeNamespace("xsi", XSI);
            header(w, report);
            w.writeStartElement("message", "DataSet", MESSAGE);
            w.writeAttribute("ss", STRUCTURE_SPECIFIC, "structureRef", STRUCTURE_REF);
            w.writeAttribute("ss", STRUCTURE_SPECIFIC, "dataScope", "Dataflow");
            w.writeAttribute("xsi", XSI, "type", "ns1:DataSetType");
            for (Map.Entry<Map<String, String>, List<SdmxObservation>> series : bySeriesKey(report).entrySet()) {
                w.writeStartElement("Series");
                for (Map.Entry<String, String> dimension : series.getKey().entrySet()) {
                    w.writeAttribute(dimension.getKey(), dimension.getValue());
                }
                for (SdmxObservation o : series.getValue()) {
                    w.writeEmptyElement("Obs");
                    w.writeAttribute(SdgDataStructure.TIME_PERIOD, o.timePeriod());
                    w.writeAttribute(SdgDataStructure.OBS_VALUE, o.value());
                    for (Map.Entry<String, String> attribute : o.attributes().entrySet()) {
                        w.writeAttribute(attribute.getKey(), attribute.getValue());
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("could not write the SDMX-ML message", e);
        }
    }

    private static void header(XMLStreamWriter w, SdgReport report) throws XMLStreamException {
        w.writeStartElement("message", "Header", MESSAGE);
        element(w, "ID", "PLENUM_SDG_" + report.year() + "_P" + report.publication());
        element(w, "Test", "false");
        element(w, "Prepared", report.publishedAt().toString());
        w.writeStartElement("message", "Sender", MESSAGE);
        w.writeAttribute("id", "PLENUM");
        w.writeStartElement("common", "Name", COMMON);
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters("Plenum");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("message", "Structure", MESSAGE);
        w.writeAttribute("structureID", STRUCTURE_REF);
        w.writeAttribute("namespace", SdgDataStructure.NAMESPACE);
        w.writeAttribute("dimensionAtObservation", SdgDataStructure.TIME_PERIOD);
        w.writeStartElement("common", "StructureUsage", COMMON);
        w.writeEmptyElement("Ref");
        w.writeAttribute("agencyID", SdgDataStructure.AGENCY);
        w.writeAttribute("id", SdgDataStructure.DATAFLOW);
        w.writeAttribute("version", SdgDataStructure.VERSION);
        w.writeEndElement();
        w.writeEndElement();
        element(w, "DataSetAction", "Information");
        w.writeStartElement("message", "Source", MESSAGE);
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters("SDG indicators 5.5.1(a) and 16.7.1(a) computed by Plenum from its registry, publication "
                + report.publication() + report.knownAt().map(k -> " (as published at " + k + ")").orElse("")
                + "; values as at " + report.referenceDate() + ".");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("message", name, MESSAGE);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static Map<Map<String, String>, List<SdmxObservation>> bySeriesKey(SdgReport report) {
        Map<Map<String, String>, List<SdmxObservation>> series = new LinkedHashMap<>();
        for (SdmxObservation o : SdmxObservations.of(report)) {
            series.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        }
        return series;
    }
}
