package org.plenum.exchange.sdmx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Validates SDMX-ML messages against the official SDMX-ML 2.1 schemas (test resources {@code sdmx/sdmx-ml-2.1-schemas/},
 * see {@code sdmx/SOURCES.md}) together with the dataflow-specific schema a structure-specific message needs
 * ({@code sdmx/IAEG-SDGs_DF_SDG_GLH_1.24_structure-specific.xsd}, derived from the SDMX base types; its comment
 * explains why it is needed and what it checks). Schemas are read from the classpath only: no network.
 */
public final class SdmxSchemas {

    private static final Schema SCHEMA = load();

    private SdmxSchemas() {
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(new Source[] {
                    source("/sdmx/sdmx-ml-2.1-schemas/SDMXMessage.xsd"),
                    source("/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24_structure-specific.xsd")});
        } catch (SAXException e) {
            throw new IllegalStateException("the SDMX schemas do not load: " + e.getMessage(), e);
        }
    }

    private static Source source(String resource) {
        URL url = Objects.requireNonNull(SdmxSchemas.class.getResource(resource), resource);
        return new StreamSource(url.toExternalForm());
    }

    /** Throws a {@link SAXException} naming line, column and problem when the message is not valid. */
    public static void validate(byte[] message) throws SAXException, IOException {
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(message)));
    }
}
