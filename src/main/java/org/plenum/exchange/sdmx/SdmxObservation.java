package org.plenum.exchange.sdmx;

import java.util.Map;

/**
 * One observation as SDMX carries it: the series key (every dimension of {@link SdgDataStructure#DIMENSIONS}, in
 * order), the time period, the value ({@code NaN} when missing, as SDMX writes an intentionally missing value) and the
 * attributes that have a value, in the order of {@link SdgDataStructure#ATTRIBUTES}.
 */
record SdmxObservation(Map<String, String> key, String timePeriod, String value, Map<String, String> attributes) {
}
