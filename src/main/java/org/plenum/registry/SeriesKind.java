package org.plenum.registry;

/**
 * Whether the API shows a field as one value ({@code {value, missing_reason, annotation}}) or as a
 * time series (a list of {@code {value, date_from, date_to, missing_reason, annotation}}), as
 * Parline does. Both are stored as facts with valid time.
 */
public enum SeriesKind {
    SINGLE, SERIES
}
