package org.plenum.exchange.sdmx;

import java.util.List;

/**
 * The structure Plenum's SDMX messages follow: the UN SDG global data structure of the IAEG-SDGs, through the
 * harmonised global dataflow {@code IAEG-SDGs:DF_SDG_GLH}. The dimensions are those of the SDG DSD, in its order; the
 * attributes are the subset that applies to IPU's series. The dataflow's version changes with the UN's releases
 * ({@value #VERSION} was current in 2026): check it before a submission. The codes used (SEX {@code F}/{@code _T}, AGE
 * {@code Y0T45}, UNIT_MEASURE {@code PERCENT}/{@code NUMBER}/{@code RATIO}, NATURE {@code C}, OBS_STATUS) are those of
 * the SDG code lists as far as Plenum could establish them; see docs/decisions/0008-sdg-indicators.md.
 */
public final class SdgDataStructure {

    public static final String AGENCY = "IAEG-SDGs";
    public static final String DATAFLOW = "DF_SDG_GLH";
    public static final String VERSION = "1.24";
    /** The dataflow as SDMX-CSV 2.0 names it in {@code STRUCTURE_ID}. */
    public static final String STRUCTURE_ID = AGENCY + ":" + DATAFLOW + "(" + VERSION + ")";
    /** The namespace of the structure-specific schema (time at the observation level), as SDMX 2.1 forms it. */
    public static final String NAMESPACE = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + STRUCTURE_ID
            + ":ObsLevelDim:TIME_PERIOD";

    /** The dimensions of the SDG DSD, in its order (TIME_PERIOD, the observation dimension, comes after them). */
    public static final List<String> DIMENSIONS = List.of("FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA", "SEX", "AGE",
            "URBANISATION", "INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN",
            "COMPOSITE_BREAKDOWN", "DISABILITY_STATUS", "ACTIVITY", "PRODUCT");
    public static final String TIME_PERIOD = "TIME_PERIOD";
    public static final String OBS_VALUE = "OBS_VALUE";
    /** The observation-level attributes Plenum reports, in the order of its SDMX-CSV columns. */
    public static final List<String> ATTRIBUTES = List.of("UNIT_MEASURE", "UNIT_MULT", "NATURE", "OBS_STATUS",
            "SOURCE_DETAIL", "COMMENT_OBS");

    private SdgDataStructure() {
    }
}
