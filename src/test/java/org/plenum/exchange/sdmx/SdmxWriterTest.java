package org.plenum.exchange.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.stats.SdgArea;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;
import org.xml.sax.SAXException;

/**
 * SDMX-CSV and SDMX-ML of a small SYNTHETIC report (made-up values; the real data's messages are tested in
 * {@code org.plenum.it}).
 */
class SdmxWriterTest {

    private static final SdgArea COUNTRY = new SdgArea(SdgArea.Kind.COUNTRY, "RW", Optional.of("646"), "Rwanda");
    private static final SdgArea REGION = new SdgArea(SdgArea.Kind.REGION, "sub_saharan_africa", Optional.empty(),
            "Sub-Saharan Africa");
    private static final SdgArea NO_M49 = new SdgArea(SdgArea.Kind.COUNTRY, "XK", Optional.empty(), "Kosovo");

    private static SdgReport report() {
        return new SdgReport(2025, LocalDate.of(2025, 1, 1), List.of(SdgSeries.SG_GEN_PARL, SdgSeries.SG_DMK_PARLYR_LC),
                List.of(
                        SdgObservation.of(SdgSeries.SG_GEN_PARL, COUNTRY, Optional.of("RW-LC01"), new BigDecimal("61.25"),
                                List.of(), List.of("a note, with a comma and \"quotes\""), List.of("file.csv row 7")),
                        SdgObservation.of(SdgSeries.SG_GEN_PARL, REGION, Optional.empty(), new BigDecimal("22.60"),
                                List.of(), List.of(), List.of()),
                        SdgObservation.of(SdgSeries.SG_GEN_PARL, NO_M49, Optional.of("XK-LC01"), new BigDecimal("1.00"),
                                List.of(), List.of(), List.of()),
                        SdgObservation.missing(SdgSeries.SG_DMK_PARLYR_LC, COUNTRY, Optional.of("RW-LC01"),
                                "members aged 45 or under: not recorded", List.of(), List.of(), List.of())),
                3, Instant.parse("2026-11-01T10:00:00Z"), Optional.empty(), List.of());
    }

    @Test
    void sdmxCsvHasTheHeaderOfSdmxCsv2AndOneRowPerObservation() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SdmxWriter().writeCsv(report(), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,"
                + "URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,"
                + "DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,NATURE,OBS_STATUS,"
                + "SOURCE_DETAIL,COMMENT_OBS");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo("dataflow,IAEG-SDGs:DF_SDG_GLH(1.24),I,A,G,SG_GEN_PARL,646,F,_T,_T,_T,_T,_T,_T,"
                + "_T,_T,_T,_T,2025,61.25,PERCENT,0,C,A,Inter-Parliamentary Union (IPU): file.csv row 7,"
                + "\"As at 2025-01-01, chamber RW-LC01. a note, with a comma and \"\"quotes\"\".\"");
        assertThat(lines.get(2)).startsWith("dataflow,IAEG-SDGs:DF_SDG_GLH(1.24),I,A,G,SG_GEN_PARL,IPU_SUB_SAHARAN_AFRICA,F,")
                .contains(",2025,22.60,PERCENT,0,,A,");
        assertThat(lines.get(3)).contains(",SG_DMK_PARLYR_LC,646,_T,Y0T45,").contains(",2025,NaN,RATIO,0,C,O,")
                .contains("No value: members aged 45 or under: not recorded");
        assertThat(String.join("\n", lines)).doesNotContain("XK-LC01");
    }

    @Test
    void sdmxMlValidatesAgainstTheSdmxSchemas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SdmxWriter().writeXml(report(), out);
        byte[] xml = out.toByteArray();
        SdmxSchemas.validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<message:StructureSpecificData", "xsi:type=\"ns1:DataSetType\"",
                "dimensionAtObservation=\"TIME_PERIOD\"", "<message:Prepared>2026-11-01T10:00:00Z</message:Prepared>",
                "SERIES=\"SG_GEN_PARL\" REF_AREA=\"646\" SEX=\"F\"", "OBS_VALUE=\"61.25\"", "OBS_VALUE=\"NaN\"");
        assertThat(text.indexOf("FREQ=")).isLessThan(text.indexOf("REPORTING_TYPE=\"G\""));
    }

    @Test
    void theValidationCatchesAMessageThatBreaksTheStructure() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SdmxWriter().writeXml(report(), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        byte[] withoutDimension = xml.replaceFirst(" SEX=\"F\"", "").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SdmxSchemas.validate(withoutDimension)).isInstanceOf(SAXException.class)
                .hasMessageContaining("SEX");
        byte[] unknownAttribute = xml.replaceFirst("UNIT_MULT=", "COLOUR=\"red\" UNIT_MULT=").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SdmxSchemas.validate(unknownAttribute)).isInstanceOf(SAXException.class)
                .hasMessageContaining("COLOUR");
        byte[] notANumber = xml.replaceFirst("OBS_VALUE=\"61.25\"", "OBS_VALUE=\"many\"").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SdmxSchemas.validate(notANumber)).isInstanceOf(SAXException.class);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new SdmxWriter().writeXml(report(), a);
        new SdmxWriter().writeXml(report(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
